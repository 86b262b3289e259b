package org.agorapolis.town.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.shared.web.Messages;
import org.agorapolis.town.Neighbourhood;
import org.agorapolis.town.TownAdministration;
import org.agorapolis.town.TownService;

/** {@code /admin/town/}: the town's name and neighbourhoods, for administrators. */
@Named
@ViewScoped
public class TownSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String VIEW = "/admin/town/index.xhtml?faces-redirect=true";

    @Inject
    transient TownAdministration administration;

    @Inject
    transient TownService town;

    private String name;
    private String newNeighbourhood;
    private List<Neighbourhood> neighbourhoods = List.of();
    private final Map<Long, String> names = new HashMap<>();

    public void load() {
        name = town.townName();
        neighbourhoods = town.neighbourhoods();
        neighbourhoods.forEach(n -> names.put(n.getId(), n.getName()));
    }

    public String rename() {
        return Messages.perform(() -> administration.rename(name), "town.saved", VIEW);
    }

    public String add() {
        return Messages.perform(() -> administration.addNeighbourhood(newNeighbourhood), "neighbourhood.added", VIEW);
    }

    public String renameNeighbourhood(long id) {
        return Messages.perform(() -> administration.renameNeighbourhood(id, names.get(id)), "neighbourhood.saved", VIEW);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNewNeighbourhood() {
        return newNeighbourhood;
    }

    public void setNewNeighbourhood(String newNeighbourhood) {
        this.newNeighbourhood = newNeighbourhood;
    }

    public List<Neighbourhood> getNeighbourhoods() {
        return neighbourhoods;
    }

    public Map<Long, String> getNames() {
        return names;
    }
}
