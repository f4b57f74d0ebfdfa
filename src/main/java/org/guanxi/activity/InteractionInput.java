package org.guanxi.activity;

import java.time.OffsetDateTime;

/**
 * An interaction to log, or to update when the id exists. Null optional fields keep their value on update.
 *
 * @param id generated (prefix {@code int}) when absent
 * @param repId the sales rep who logs it
 * @param personId the contact
 * @param kind VISIT, CALL, MEAL, GIFT, FAVOR, SOCIAL_EVENT, EMAIL or DEMO
 * @param at when it happened; now when absent on creation
 * @param outcome POSITIVE, NEUTRAL or NEGATIVE
 * @param note free text
 * @param name generated from kind and person ("VISIT with 王强") when absent
 */
public record InteractionInput(String id, String repId, String personId, String kind, OffsetDateTime at,
		String outcome, String note, String name) {
}
