package org.guanxi.team;

import java.time.LocalDate;

/**
 * A social tie from a person or a sales rep ({@code fromId}) to a person ({@code toId}).
 *
 * @param strength how strong the tie is, 0..1
 * @param since when they got to know each other; null keeps the current date of an existing tie
 */
public record KnowsInput(String fromId, String toId, Double strength, LocalDate since) {
}
