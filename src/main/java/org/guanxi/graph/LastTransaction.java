package org.guanxi.graph;

/**
 * The id of the last closed transaction of Guanxi's database (committed and visible to every reader), for a
 * database whose id is known without asking it over Bolt: the embedded one. It grows with every write.
 */
@FunctionalInterface
public interface LastTransaction {

	long id();

}
