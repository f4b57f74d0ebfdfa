/**
 * The workspace page served at {@code /} (static files and WebJars) and the settings it reads through GraphQL.
 */
package org.guanxi.workspace;
