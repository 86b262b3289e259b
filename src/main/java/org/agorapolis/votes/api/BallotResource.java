package org.agorapolis.votes.api;

import java.io.StringReader;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.agorapolis.shared.InvalidInputException;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.shared.api.ApiErrors;
import org.agorapolis.shared.security.CurrentParticipant;
import org.agorapolis.votes.Ballot;
import org.agorapolis.votes.VoteService;

/**
 * {@code /api/ballots}: ballots, votes and results for mobile clients — the same {@link VoteService}
 * and rules as the browser. Choices use the stored text form (ADR 0010): {@code FOR},
 * {@code AGAINST}, {@code ABSTAIN}; approved positions {@code "1,3"}; one grade 0–5 per option
 * {@code "5,0,3"}.
 */
@Path("ballots")
@ApplicationScoped // one instance for every call: nothing of a call is kept in its fields (HttpHeaders is the call's, by proxy)
@jakarta.transaction.Transactional // one transaction per reading call: finding the caller and the reading share it
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class BallotResource {

    /** Largest request body read, in bytes. */
    static final int MAX_BODY = 4096;

    @Inject
    VoteService votes;

    @Inject
    CurrentParticipant current;

    @jakarta.ws.rs.core.Context
    HttpHeaders headers;

    @GET
    public Response list(@QueryParam("assembly") String assembly) {
        if (assembly == null || !assembly.matches("\\d{1,18}")) {
            return ApiErrors.response(Response.Status.BAD_REQUEST, "api.assemblyRequired", headers.getAcceptableLanguages()).build();
        }
        JsonArrayBuilder list = org.agorapolis.shared.JsonText.JSON.createArrayBuilder();
        votes.list(current.viewer(), Long.parseLong(assembly)).forEach(b -> list.add(summary(b)));
        return Response.ok(list.build().toString()).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        Ballot ballot = votes.get(current.viewer(), number(id));
        VoteService.Standing standing = votes.standing(current.viewer(), ballot);
        JsonObjectBuilder body = summary(ballot).add("voters", standing.voters()).add("eligible", standing.eligible()).add("voted", standing.voted())
                .add("mayVote", standing.mayVote()).add("mayChange", standing.mayChange());
        standing.refusal().ifPresentOrElse(r -> body.add("refusal", r), () -> body.addNull("refusal"));
        return Response.ok(body.build().toString()).build();
    }

    /** Casts a vote: {@code {"choice": "..."}} → 201 with the receipt, shown this once. */
    @POST
    @Path("{id}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.SUPPORTS) // the vote service's own transaction is enough
    public Response cast(@PathParam("id") String id, String body) {
        long ballot = number(id);
        String choice = choice(body);
        // The caller's participant is found by the vote's own statement; the viewer only if the vote is refused.
        String receipt = current.identity().map(caller -> votes.cast(caller, current::viewer, ballot, choice))
                .orElseThrow(() -> new org.agorapolis.shared.NotAllowedException("vote.signIn"));
        return Response.status(Response.Status.CREATED).entity(org.agorapolis.shared.JsonText.JSON.createObjectBuilder().add("ballot", ballot).add("receipt", receipt).build().toString())
                .build();
    }

    /** Changes a vote while the ballot is open: {@code {"choice": "..."}} on the receipt's paper. */
    @PUT
    @Path("{id}/votes/{receipt}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("id") String id, @PathParam("receipt") String receipt, String body) {
        long ballot = number(id);
        votes.change(current.viewer(), ballot, receipt, choice(body));
        return Response.ok(org.agorapolis.shared.JsonText.JSON.createObjectBuilder().add("ballot", ballot).add("changed", true).build().toString()).build();
    }

    /** The result: once counted; on a public ballot, so far. 409 while a secret ballot is open. */
    @GET
    @Path("{id}/results")
    public Response results(@PathParam("id") String id) {
        long ballot = number(id);
        return votes.result(current.viewer(), ballot).map(r -> Response.ok(r.json()))
                .orElseGet(() -> ApiErrors.response(Response.Status.CONFLICT, "ballot.resultsLater", headers.getAcceptableLanguages())).build();
    }

    /** The counted papers (receipt, choice, voter on public ballots), once counted. */
    @GET
    @Path("{id}/papers")
    public Response papers(@PathParam("id") String id) {
        List<VoteService.Paper> papers = votes.publishedPapers(current.viewer(), number(id));
        JsonArrayBuilder list = org.agorapolis.shared.JsonText.JSON.createArrayBuilder();
        for (VoteService.Paper paper : papers) {
            JsonObjectBuilder item = org.agorapolis.shared.JsonText.JSON.createObjectBuilder().add("receipt", paper.receipt()).add("choice", paper.choice());
            if (paper.voter() != null) {
                item.add("voter", paper.voter());
            }
            list.add(item);
        }
        return Response.ok(list.build().toString()).build();
    }

    private static JsonObjectBuilder summary(Ballot ballot) {
        JsonArrayBuilder options = org.agorapolis.shared.JsonText.JSON.createArrayBuilder();
        ballot.options().forEach(options::add);
        JsonObjectBuilder json = org.agorapolis.shared.JsonText.JSON.createObjectBuilder().add("id", ballot.id()).add("assembly", ballot.assemblyId()).add("question", ballot.question())
                .add("method", ballot.method().name()).add("secret", ballot.secret()).add("membersBeforeOpening", ballot.membersBeforeOpening())
                .add("opensAt", ballot.opensAt().toString()).add("closesAt", ballot.closesAt().toString()).add("status", ballot.getStatus().name())
                .add("options", options);
        if (ballot.proposalId() != null) {
            json.add("proposal", ballot.proposalId());
        } else {
            json.addNull("proposal");
        }
        return json;
    }

    private static long number(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new NotFoundException("ballot.notFound");
        }
        return Long.parseLong(id);
    }

    /** The "choice" of a JSON body; a body too large, not JSON, or without a text "choice" is refused. */
    static String choice(String body) {
        if (body == null || body.length() > MAX_BODY) {
            throw new InvalidInputException("api.malformed");
        }
        try (JsonReader reader = org.agorapolis.shared.JsonText.JSON.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object) || !(object.get("choice") instanceof JsonString choice)) {
                throw new InvalidInputException("api.malformed");
            }
            return choice.getString();
        } catch (JsonException e) {
            throw new InvalidInputException("api.malformed");
        }
    }
}
