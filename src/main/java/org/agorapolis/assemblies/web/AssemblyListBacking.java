package org.agorapolis.assemblies.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.assemblies.Assembly;
import org.agorapolis.assemblies.AssemblyService;
import org.agorapolis.shared.security.CurrentParticipant;

/** The home page: the town's assemblies this visitor may see. */
@Named
@RequestScoped
public class AssemblyListBacking {

    @Inject
    AssemblyService assemblies;

    @Inject
    CurrentParticipant current;

    private List<Assembly> visible;

    @PostConstruct
    void load() {
        visible = assemblies.listVisibleTo(current.viewer());
    }

    public List<Assembly> getAssemblies() {
        return visible;
    }
}
