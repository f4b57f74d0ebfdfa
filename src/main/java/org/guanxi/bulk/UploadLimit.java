package org.guanxi.bulk;

import java.util.Locale;
import java.util.Map;

import org.guanxi.core.Messages;
import org.guanxi.core.Text;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload larger than {@code guanxi.bulk.max-upload-size} (256 MB by default) is refused with HTTP 413 and a
 * message naming the setting, before anything is read.
 */
@RestControllerAdvice
class UploadLimit {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException ex, Locale locale) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(Map.of("message", Messages.text(Text.of("error.uploadTooLarge"), locale)));
	}

}
