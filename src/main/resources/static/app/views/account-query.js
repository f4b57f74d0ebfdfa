// The account view's request, in a module of its own: the view imports it, and the service runs it once when it
// starts (WorkspaceWarmUp reads the text between the backticks), so that the first account opened after a start
// finds its code compiled and its Cypher planned. Plain text: no ${} inside. 500 is the page of reps (REP_PAGE).
export const ACCOUNT_QUERY = `query Account($id: ID!) {
  account(id: $id) {
    id name industry ownership size units lifecycle intentionGrade opportunityTier relationshipLevel vip signed revenue abcClass
    owners { id name }
    suggestedRelationshipLevel { level reason }
    people {
      id name title department level buyingRoles decisionWeight insider influenceScore
      age family hobbies sports food schedule attitude preference phone email
      reportsTo { id name }
      influences { person { id } weight }
      relationship { classification derived organisationInterestMet personalInterestMet evidence nextStep since
        history { from to at cause } }
    }
    deals { id name amount status openedAt expectedCloseAt closedAt lostTo }
  }
  decisionChain(accountId: $id) {
    insiderCandidates { person { id name } score reasons }
    coverage { wide high deep gaps }
  }
  influenceRanking(accountId: $id, limit: 10) {
    rank score person { id name title }
    explanation { ownWeightShare sources { person { name } share } }
  }
  referralChain(accountId: $id) { depth nodes { __typename id name } links { from { id } to { id } at note } }
  interactions(filter: {accountId: $id}, first: 10) { edges { node { id kind at outcome note rep { name } person { name } } } }
  salesReps(first: 500) { id name }
}`;
