package org.guanxi;

import org.guanxi.bulk.BulkCommands;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Guanxi: a graph service for key-account sales teams. With a command as first argument (import, export,
 * generate, help) it runs that command and exits instead of serving.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GuanxiApplication {

	public static void main(String[] args) {
		if (BulkCommands.isCommand(args)) {
			System.exit(BulkCommands.run(GuanxiApplication.class, args));
		}
		SpringApplication.run(GuanxiApplication.class, args);
	}

}
