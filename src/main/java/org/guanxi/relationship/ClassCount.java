package org.guanxi.relationship;

/**
 * How many contacts have a class.
 */
public record ClassCount(String classification, int count) {
}
