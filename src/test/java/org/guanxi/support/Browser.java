package org.guanxi.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The one headless Chromium of the test run (Debian's {@code chromium} and {@code chromium-driver}), started on
 * first use with a fresh profile, preferring Chinese like the team's browsers, and quit when the JVM exits.
 * {@code GUANXI_CHROMIUM} and {@code GUANXI_CHROMEDRIVER} point elsewhere when they are not in /usr/bin.
 */
public final class Browser {

	private static ChromeDriver driver;

	private Browser() {
	}

	public static synchronized ChromeDriver get() {
		if (driver == null) {
			driver = start();
			Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
		}
		return driver;
	}

	private static ChromeDriver start() {
		File chromium = executable("GUANXI_CHROMIUM", "/usr/bin/chromium");
		File chromedriver = executable("GUANXI_CHROMEDRIVER", "/usr/bin/chromedriver");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + profile(), "--window-size=1440,1000", "--lang=zh-CN");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh,en"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
			.usingAnyFreePort()
			.build();
		ChromeDriver chrome = new ChromeDriver(service, options);
		chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return chrome;
	}

	private static File executable(String variable, String fallback) {
		String configured = System.getenv(variable);
		File file = new File(configured != null && !configured.isBlank() ? configured : fallback);
		if (!file.canExecute()) {
			throw new IllegalStateException(file + " not found: the browser tests need Chromium and its driver "
					+ "(apt-get install -y chromium chromium-driver), or " + variable + " set to the executable");
		}
		return file;
	}

	private static String profile() {
		try {
			return Files.createTempDirectory(Path.of("target"), "chromium-profile").toAbsolutePath().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
