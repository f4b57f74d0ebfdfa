package org.guanxi.api;

import org.guanxi.core.HiddenEntity;
import org.guanxi.core.Text;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The neutral name of a node the user may not see, in the reader's language ("Hidden", 隐藏); the colleague's name
 * is shown as entered.
 */
@Controller
class HiddenEntityController {

	@SchemaMapping(typeName = "HiddenEntity", field = "name")
	Text name(HiddenEntity hidden) {
		return Text.of("hidden.name");
	}

}
