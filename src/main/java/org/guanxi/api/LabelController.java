package org.guanxi.api;

import java.util.List;
import java.util.Locale;

import org.guanxi.core.InvalidInput;
import org.guanxi.core.Messages;
import org.guanxi.core.Text;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Labels of enum values in the reader's language, so that clients show 决策人 or Decider without a table of
 * their own.
 */
@Controller
class LabelController {

	@QueryMapping
	List<Label> labels(@Argument String type, Locale locale) {
		List<Messages.Labelled> labelled = Messages.labelled();
		if (type != null && labelled.stream().noneMatch(l -> l.type().equals(type))) {
			throw new InvalidInput("error.labelType", type,
					Text.list(labelled.stream().map(Messages.Labelled::type).distinct().toList()));
		}
		return labelled.stream()
			.filter(l -> type == null || l.type().equals(type))
			.map(l -> new Label(l.type(), l.value(), Messages.label(l.type(), l.value(), locale)))
			.toList();
	}

	record Label(String type, String value, String label) {
	}

}
