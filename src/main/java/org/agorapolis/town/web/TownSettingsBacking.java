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

    private Integer defaultQuota;
    private Integer defaultQuotaCap;
    private Integer defaultFlagThreshold;
    private Integer profileFlagThreshold;
    private Integer invitationDays;
    private Integer reportK;
    private List<org.agorapolis.town.AgeBand> ageBands = List.of();
    private Integer newMinAge;
    private Integer newMaxAge;

    public void load() {
        name = town.townName();
        neighbourhoods = town.neighbourhoods();
        neighbourhoods.forEach(n -> names.put(n.getId(), n.getName()));
        org.agorapolis.town.TownSettings settings = town.settings();
        defaultQuota = settings.defaultQuota();
        defaultQuotaCap = settings.defaultQuotaCap();
        defaultFlagThreshold = settings.defaultFlagThreshold();
        profileFlagThreshold = settings.profileFlagThreshold();
        invitationDays = settings.invitationDays();
        reportK = settings.reportK();
        ageBands = town.ageBands();
        census = town.census();
        censusUploadedAt = town.censusUploadedAt().orElse(null);
    }

    /** Saves the defaults and limits; an empty field counts as out of range, with its message. */
    public String saveSettings() {
        return Messages.perform(() -> administration.saveSettings(new org.agorapolis.town.TownSettings(orMinusOne(defaultQuota),
                orMinusOne(defaultQuotaCap), orMinusOne(defaultFlagThreshold), orMinusOne(profileFlagThreshold), orMinusOne(invitationDays), orMinusOne(reportK))),
                "town.settings.saved", VIEW);
    }

    private static int orMinusOne(Integer value) {
        return value == null ? -1 : value;
    }

    public String addAgeBand() {
        return Messages.perform(() -> administration.addAgeBand(newMinAge, newMaxAge), "ageBand.added", VIEW);
    }

    public String removeAgeBand(long id) {
        return Messages.perform(() -> administration.removeAgeBand(id), "ageBand.removed", VIEW);
    }

    private transient jakarta.servlet.http.Part censusFile;
    private List<TownService.CensusLine> census = List.of();
    private java.time.Instant censusUploadedAt;

    /** Replaces the census baseline with the uploaded CSV, all of it or nothing, each problem told with its line. */
    public String uploadCensus() {
        if (censusFile == null || censusFile.getSize() == 0) {
            Messages.refusedKey("census.noFile");
            return null;
        }
        if (censusFile.getSize() > org.agorapolis.town.CensusFile.MAX_BYTES) {
            Messages.refusedKey("census.tooBig", org.agorapolis.town.CensusFile.MAX_BYTES / 1000);
            return null;
        }
        byte[] content;
        try (java.io.InputStream in = censusFile.getInputStream()) {
            content = in.readNBytes(org.agorapolis.town.CensusFile.MAX_BYTES + 1);
        } catch (java.io.IOException unreadable) {
            Messages.refusedKey("census.unreadable");
            return null;
        }
        try {
            org.agorapolis.town.CensusFile.Reading reading = administration.uploadCensus(content);
            if (!reading.ok()) {
                Messages.refusedKey("census.refused");
                for (org.agorapolis.town.CensusFile.Problem problem : reading.problems()) {
                    Object[] arguments = new Object[problem.arguments().length + 1];
                    arguments[0] = problem.line();
                    System.arraycopy(problem.arguments(), 0, arguments, 1, problem.arguments().length);
                    Messages.refusedKey(problem.key(), arguments);
                }
                return null;
            }
            Messages.info("census.uploaded", reading.lines().size());
            return VIEW;
        } catch (org.agorapolis.shared.DomainException refused) {
            Messages.refused(refused);
            return null;
        }
    }

    public jakarta.servlet.http.Part getCensusFile() {
        return censusFile;
    }

    public void setCensusFile(jakarta.servlet.http.Part censusFile) {
        this.censusFile = censusFile;
    }

    public List<TownService.CensusLine> getCensus() {
        return census;
    }

    public java.time.Instant getCensusUploadedAt() {
        return censusUploadedAt;
    }

    public long getCensusPopulation() {
        return census.stream().mapToLong(TownService.CensusLine::population).sum();
    }

    public List<org.agorapolis.town.AgeBand> getAgeBands() {
        return ageBands;
    }

    public Integer getDefaultQuota() {
        return defaultQuota;
    }

    public void setDefaultQuota(Integer defaultQuota) {
        this.defaultQuota = defaultQuota;
    }

    public Integer getDefaultQuotaCap() {
        return defaultQuotaCap;
    }

    public void setDefaultQuotaCap(Integer defaultQuotaCap) {
        this.defaultQuotaCap = defaultQuotaCap;
    }

    public Integer getDefaultFlagThreshold() {
        return defaultFlagThreshold;
    }

    public void setDefaultFlagThreshold(Integer defaultFlagThreshold) {
        this.defaultFlagThreshold = defaultFlagThreshold;
    }

    public Integer getProfileFlagThreshold() {
        return profileFlagThreshold;
    }

    public void setProfileFlagThreshold(Integer profileFlagThreshold) {
        this.profileFlagThreshold = profileFlagThreshold;
    }

    public Integer getInvitationDays() {
        return invitationDays;
    }

    public void setInvitationDays(Integer invitationDays) {
        this.invitationDays = invitationDays;
    }

    public Integer getReportK() {
        return reportK;
    }

    public void setReportK(Integer reportK) {
        this.reportK = reportK;
    }

    public Integer getNewMinAge() {
        return newMinAge;
    }

    public void setNewMinAge(Integer newMinAge) {
        this.newMinAge = newMinAge;
    }

    public Integer getNewMaxAge() {
        return newMaxAge;
    }

    public void setNewMaxAge(Integer newMaxAge) {
        this.newMaxAge = newMaxAge;
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
