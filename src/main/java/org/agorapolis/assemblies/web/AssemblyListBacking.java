package org.agorapolis.assemblies.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.assemblies.Assembly;
import org.agorapolis.assemblies.AssemblySearch;
import org.agorapolis.assemblies.AssemblyService;
import org.agorapolis.assemblies.Phase;
import org.agorapolis.shared.PageOf;
import org.agorapolis.shared.security.CurrentParticipant;
import org.agorapolis.shared.web.RequestParameters;
import org.agorapolis.town.Neighbourhood;
import org.agorapolis.town.TownService;

/** The home page: the town's assemblies this visitor may see, filtered by GET parameters. */
@Named
@RequestScoped
public class AssemblyListBacking {

    static final int PAGE_SIZE = 12;

    @Inject
    AssemblyService assemblies;

    @Inject
    TownService town;

    @Inject
    CurrentParticipant current;

    private AssemblySearch search;
    private PageOf<Assembly> page;

    @PostConstruct
    void load() {
        search = new AssemblySearch(RequestParameters.enumValue("phase", Phase.class).orElse(null),
                RequestParameters.id("neighbourhood").orElse(null),
                RequestParameters.text("topic").orElse(null),
                RequestParameters.text("q").orElse(null));
        page = assemblies.search(current.viewer(), search, RequestParameters.number("page", 1), PAGE_SIZE);
    }

    public PageOf<Assembly> getPage() {
        return page;
    }

    public List<Assembly> getAssemblies() {
        return page.items();
    }

    public AssemblySearch getSearch() {
        return search;
    }

    public List<Phase> getPhases() {
        return List.of(Phase.OPEN, Phase.VOTING, Phase.CLOSED);
    }

    public List<Neighbourhood> getNeighbourhoods() {
        return town.neighbourhoods();
    }

    public List<String> getTopics() {
        return assemblies.topics(current.viewer());
    }

    public boolean isFiltered() {
        return !search.equals(AssemblySearch.EVERYTHING);
    }

    /** The query string of this search at another page number. */
    public String pageLink(long number) {
        StringBuilder link = new StringBuilder("?page=").append(number);
        append(link, "phase", search.phase() == null ? null : search.phase().name());
        append(link, "neighbourhood", search.neighbourhood() == null ? null : search.neighbourhood().toString());
        append(link, "topic", search.topic());
        append(link, "q", search.words());
        return link.toString();
    }

    private static void append(StringBuilder link, String name, String value) {
        if (value != null) {
            link.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
