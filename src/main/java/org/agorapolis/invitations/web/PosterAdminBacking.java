package org.agorapolis.invitations.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.assemblies.Assembly;
import org.agorapolis.assemblies.AssemblyAdministration;
import org.agorapolis.invitations.PosterService;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.shared.security.CurrentParticipant;
import org.agorapolis.shared.web.Messages;
import org.agorapolis.shared.web.Pages;
import org.agorapolis.shared.web.RequestParameters;
import org.agorapolis.town.Neighbourhood;
import org.agorapolis.town.TownService;

/** {@code /admin/posters/?assembly=}: a moderator ties QR codes to places, prints posters and follows their figures. */
@Named
@ViewScoped
public class PosterAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String VIEW = "/admin/posters/index.xhtml";

    @Inject
    transient PosterService posters;

    @Inject
    transient AssemblyAdministration assemblies;

    @Inject
    transient TownService town;

    @Inject
    CurrentParticipant current;

    private long assemblyId;
    private String assemblyTitle;
    private List<PosterService.Poster> list = List.of();
    private String name;
    private String address;
    private Long neighbourhoodId;

    public void load() {
        try {
            Assembly assembly = assemblies.get(RequestParameters.id("assembly").orElseThrow(() -> new NotFoundException("assembly.notFound")));
            assemblyId = assembly.getId();
            assemblyTitle = assembly.getTitle();
            list = posters.posters(assemblyId);
        } catch (NotFoundException unknown) {
            Pages.notFound();
        } catch (org.agorapolis.shared.NotAllowedException notTheirs) {
            Pages.forbidden();
        }
    }

    public String create() {
        return Messages.perform(() -> posters.create(current.viewer(), assemblyId, name, address, neighbourhoodId), "poster.created",
                reload());
    }

    public String retire(long posterId) {
        return Messages.perform(() -> posters.retire(current.viewer(), posterId), "poster.retired", reload());
    }

    private String reload() {
        return VIEW + "?faces-redirect=true&assembly=" + assemblyId;
    }

    public List<Neighbourhood> getNeighbourhoods() {
        return town.neighbourhoods();
    }

    public long getAssemblyId() {
        return assemblyId;
    }

    public String getAssemblyTitle() {
        return assemblyTitle;
    }

    public List<PosterService.Poster> getPosters() {
        return list;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Long getNeighbourhoodId() {
        return neighbourhoodId;
    }

    public void setNeighbourhoodId(Long neighbourhoodId) {
        this.neighbourhoodId = neighbourhoodId;
    }
}
