package org.guanxi.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in form at {@code /login} (posted to {@code /login}, with the CSRF token).
 */
@Controller
class LoginPage {

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String login(HttpServletRequest request, CsrfToken csrf) {
		String notice = "";
		if (request.getParameter("error") != null) {
			HttpSession session = request.getSession(false);
			Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			String message = failure instanceof AuthenticationException ex ? ex.getMessage()
					: "Wrong username or password.";
			notice = "<p class=\"error\">" + HtmlUtils.htmlEscape(message) + "</p>";
		}
		else if (request.getParameter("logout") != null) {
			notice = "<p>Signed out. 已退出。</p>";
		}
		return """
				<!DOCTYPE html>
				<html lang="zh-CN"><head><meta charset="utf-8"><title>Guanxi · 登录 Sign in</title>
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<style>body{font-family:sans-serif;max-width:22em;margin:4em auto}label,input,button{display:block;width:100%%;margin:.3em 0}
				.error{color:#b00}</style></head>
				<body><h1>Guanxi 关系</h1>%s
				<form method="post" action="%s/login">
				<label for="username">用户名 Username</label><input id="username" name="username" autocomplete="username" required autofocus>
				<label for="password">密码 Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
				<input type="hidden" name="%s" value="%s">
				<button type="submit">登录 Sign in</button>
				</form></body></html>
				""".formatted(notice, request.getContextPath(), HtmlUtils.htmlEscape(csrf.getParameterName()),
				HtmlUtils.htmlEscape(csrf.getToken()));
	}

}
