/**
 * The workspace page the team opens at / (static files, libraries from WebJars) and the team settings it reads through GraphQL.
 */
package org.guanxi.workspace;
