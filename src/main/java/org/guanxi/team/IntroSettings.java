package org.guanxi.team;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the warm-introduction search ({@code guanxi.intro.*}).
 *
 * @param maxHalfPaths the search gives up (BAD_REQUEST) rather than enumerate more partial paths than this
 */
@ConfigurationProperties("guanxi.intro")
public record IntroSettings(@DefaultValue("2000000") long maxHalfPaths) {
}
