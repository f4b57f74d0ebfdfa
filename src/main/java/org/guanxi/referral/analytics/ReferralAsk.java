package org.guanxi.referral.analytics;

import java.util.List;

import org.guanxi.account.Account;
import org.guanxi.core.Text;
import org.guanxi.stakeholder.Person;
import org.guanxi.stakeholder.RelationshipClass;
import org.guanxi.stakeholder.RelationshipClass;

/**
 * A contact worth asking for a referral.
 *
 * @param person the contact
 * @param account the RETAINED or VIP account they work at
 * @param relationship PARTNER or FRIEND
 * @param reach ties + pastReferrals
 * @param ties distinct people at other accounts the contact KNOWS (either direction)
 * @param tiedAccounts how many other accounts those people work at
 * @param pastReferrals referrals the contact has made
 * @param reasons why the contact is on the list, in words
 */
public record ReferralAsk(Person person, Account account, RelationshipClass relationship, int reach, int ties, int tiedAccounts,
		int pastReferrals, List<Text> reasons) {
}
