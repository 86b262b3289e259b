package org.agorapolis.proposals.web;

import java.io.Serializable;

import org.agorapolis.proposals.ProposalService;

/** What the proposal form holds between requests. */
public class ProposalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String body;
    private Long neighbourhoodId;

    public ProposalService.Draft draft() {
        return new ProposalService.Draft(title, body, neighbourhoodId);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getNeighbourhoodId() {
        return neighbourhoodId;
    }

    public void setNeighbourhoodId(Long neighbourhoodId) {
        this.neighbourhoodId = neighbourhoodId;
    }
}
