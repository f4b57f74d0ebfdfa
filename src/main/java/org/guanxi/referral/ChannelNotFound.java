package org.guanxi.referral;

import org.guanxi.core.NotFound;

/**
 * No channel has the given id.
 */
public class ChannelNotFound extends NotFound {

	public ChannelNotFound(String id) {
		super("Channel", id);
	}

}
