package org.guanxi.core;

/**
 * The user of the current request, as far as reading the book goes: which accounts they may see.
 */
public interface Viewer {

	Visibility visibility();

}
