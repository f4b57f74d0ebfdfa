package org.guanxi.support;

import org.guanxi.core.Viewer;
import org.guanxi.core.Visibility;

/**
 * The viewer of the test application: sees what the test sets ({@link Visibility#everything()} unless told
 * otherwise), for every request until set again.
 */
public class TestViewer implements Viewer {

	private volatile Visibility visibility = Visibility.everything();

	public void set(Visibility visibility) {
		this.visibility = visibility;
	}

	@Override
	public Visibility visibility() {
		return this.visibility;
	}

}
