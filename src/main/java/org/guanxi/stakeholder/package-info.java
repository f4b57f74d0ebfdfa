/**
 * People inside accounts: buying roles, reporting lines, influence and the decision chain.
 */
package org.guanxi.stakeholder;
