package org.guanxi.core;

/**
 * A node of the book known by an id and a name: accounts, people, sales reps, organisations and channels.
 */
public interface Named {

	String id();

	String name();

}
