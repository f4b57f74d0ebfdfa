/**
 * Accounts: the customer organisations we sell to (lifecycle, ownership, size, grades) and their deals.
 */
package org.guanxi.account;
