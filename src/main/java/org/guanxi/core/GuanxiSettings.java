package org.guanxi.core;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * General settings ({@code guanxi.*}).
 *
 * @param timeZone the sales team's time zone: "today", day boundaries and date-times given without offset
 */
@ConfigurationProperties("guanxi")
public record GuanxiSettings(@DefaultValue("Asia/Shanghai") ZoneId timeZone) {
}
