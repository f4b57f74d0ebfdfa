package org.guanxi.core;

import java.util.List;

/**
 * Lines a module adds to the message Guanxi logs when it is ready (e.g. where a generated password is).
 */
public interface ReadyNote {

	List<String> readyLines();

}
