package org.guanxi;

import org.guanxi.bulk.BulkCommands;
import org.guanxi.security.UserCommands;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Guanxi: a graph service for key-account sales teams. With a command as first argument (import, export,
 * generate, user, help) it runs that command and exits instead of serving.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GuanxiApplication {

	public static void main(String[] args) {
		if (UserCommands.isCommand(args)) {
			System.exit(UserCommands.run(GuanxiApplication.class, args));
		}
		if (BulkCommands.isCommand(args)) {
			System.exit(BulkCommands.run(GuanxiApplication.class, args));
		}
		SpringApplication.run(GuanxiApplication.class, args);
	}

}
