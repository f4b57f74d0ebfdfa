package org.guanxi.referral;

import java.util.List;
import java.util.Map;

import org.guanxi.account.Account;
import org.guanxi.api.Batches;
import org.guanxi.core.Deletion;
import org.guanxi.stakeholder.Person;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ReferralController {

	private final ReferralSourceService sources;

	private final ReferralService referrals;

	ReferralController(ReferralSourceService sources, ReferralService referrals) {
		this.sources = sources;
		this.referrals = referrals;
	}

	@QueryMapping
	Object referralSource(@Argument String id) {
		return this.referrals.source(id);
	}

	@QueryMapping
	List<Organization> organizations() {
		return this.sources.organizations();
	}

	@QueryMapping
	List<Channel> channels() {
		return this.sources.channels();
	}

	@MutationMapping
	Organization upsertOrganization(@Argument OrganizationInput input) {
		return this.sources.upsert(input);
	}

	@MutationMapping
	Channel upsertChannel(@Argument ChannelInput input) {
		return this.sources.upsert(input);
	}

	@MutationMapping
	Deletion deleteOrganization(@Argument String id, @Argument Boolean cascade) {
		return this.sources.deleteOrganization(id, Boolean.TRUE.equals(cascade));
	}

	@MutationMapping
	Deletion deleteChannel(@Argument String id, @Argument Boolean cascade) {
		return this.sources.deleteChannel(id, Boolean.TRUE.equals(cascade));
	}

	@MutationMapping
	Referral recordReferral(@Argument ReferralInput input) {
		return this.referrals.record(input);
	}

	@MutationMapping
	Deletion unlinkReferral(@Argument String sourceId, @Argument String targetId) {
		return this.referrals.unlink(sourceId, targetId);
	}

	@BatchMapping(typeName = "Account", field = "referredBy")
	Map<Account, List<Referral>> accountReferredBy(List<Account> accounts) {
		return Batches.lists(accounts, Account::id, ids -> this.referrals.referredBy(Party.ACCOUNT, ids));
	}

	@BatchMapping(typeName = "Account", field = "referred")
	Map<Account, List<Referral>> accountReferred(List<Account> accounts) {
		return Batches.lists(accounts, Account::id, ids -> this.referrals.referred(Party.ACCOUNT, ids));
	}

	@BatchMapping(typeName = "Person", field = "referredBy")
	Map<Person, List<Referral>> personReferredBy(List<Person> people) {
		return Batches.lists(people, Person::id, ids -> this.referrals.referredBy(Party.PERSON, ids));
	}

	@BatchMapping(typeName = "Person", field = "referred")
	Map<Person, List<Referral>> personReferred(List<Person> people) {
		return Batches.lists(people, Person::id, ids -> this.referrals.referred(Party.PERSON, ids));
	}

	@BatchMapping(typeName = "Organization", field = "referred")
	Map<Organization, List<Referral>> organizationReferred(List<Organization> organizations) {
		return Batches.lists(organizations, Organization::id, ids -> this.referrals.referred(Party.ORGANIZATION, ids));
	}

	@BatchMapping(typeName = "Channel", field = "referred")
	Map<Channel, List<Referral>> channelReferred(List<Channel> channels) {
		return Batches.lists(channels, Channel::id, ids -> this.referrals.referred(Party.CHANNEL, ids));
	}

}
