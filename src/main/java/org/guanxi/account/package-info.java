/**
 * Accounts (customer organisations) and their deals.
 */
package org.guanxi.account;
