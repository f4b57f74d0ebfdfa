package org.guanxi.team;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class WarmIntroController {

	private final WarmIntroService intros;

	WarmIntroController(WarmIntroService intros) {
		this.intros = intros;
	}

	@QueryMapping
	List<IntroPath> warmIntroPaths(@Argument String fromRepId, @Argument String toPersonId,
			@Argument Integer maxHops, @Argument Integer limit) {
		return this.intros.paths(fromRepId, toPersonId, maxHops == null ? 4 : maxHops, limit == null ? 3 : limit);
	}

}
