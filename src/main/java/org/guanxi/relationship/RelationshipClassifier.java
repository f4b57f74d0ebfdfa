package org.guanxi.relationship;

import java.util.Collection;
import java.util.Map;

/**
 * Classifies our relationship with contacts as of now.
 */
public interface RelationshipClassifier {

	/**
	 * The relationship class of each person, by person id; unknown ids are left out.
	 */
	Map<String, RelationshipClass> classify(Collection<String> personIds);

}
