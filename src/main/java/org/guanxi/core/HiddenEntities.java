package org.guanxi.core;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Hands out the opaque ids of {@link HiddenEntity hidden nodes}: {@code hidden:1}, {@code hidden:2}, ... in the
 * order met, one per node, unique within the response of one HTTP request (outside a request: within what one
 * {@link #forRequest()} answers).
 */
public final class HiddenEntities {

	private static final String ATTRIBUTE = HiddenEntities.class.getName();

	private final Map<String, String> ids = new ConcurrentHashMap<>();

	private final AtomicInteger next = new AtomicInteger();

	private HiddenEntities() {
	}

	/** The hidden ids of the current request (the same for every field of its response). */
	public static HiddenEntities forRequest() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return new HiddenEntities();
		}
		synchronized (ATTRIBUTE) {
			Object known = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
			if (known instanceof HiddenEntities hidden) {
				return hidden;
			}
			HiddenEntities hidden = new HiddenEntities();
			request.setAttribute(ATTRIBUTE, hidden, RequestAttributes.SCOPE_REQUEST);
			return hidden;
		}
	}

	/**
	 * The hidden stand-in of a node.
	 * @param key what identifies the node inside the application (e.g. its element id); never shown
	 * @param colleagues names of the reps who own the node's account; the first by name is shown
	 */
	public HiddenEntity of(String key, Collection<String> colleagues) {
		String id = this.ids.computeIfAbsent(key, k -> "hidden:" + this.next.incrementAndGet());
		String colleague = colleagues == null ? null
				: colleagues.stream().filter(Objects::nonNull).sorted().findFirst().orElse(null);
		return new HiddenEntity(id, HiddenEntity.NAME, colleague);
	}

}
