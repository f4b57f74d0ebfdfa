/**
 * Our side of the graph: sales reps, the accounts they own, the person-to-person KNOWS ties (of reps and people) and warm introductions along them.
 */
package org.guanxi.team;
