-- The demo town of ./mvnw -Prun: four neighbourhoods, assemblies in every phase.
-- Dates are relative to today, so that the demo always looks current.

insert into town (id, name) values (1, 'Belleville-sur-Loire');

insert into neighbourhood (code, name) values
    ('centre-ville', 'Centre-ville'),
    ('les-tilleuls', 'Les Tilleuls'),
    ('port-fluvial', 'Port fluvial'),
    ('hauts-de-loire', 'Hauts-de-Loire');

insert into assembly (title, summary, topic, phase, visibility, opens_on, voting_on, closes_on) values
    ('Une cour d''école végétalisée aux Tilleuls',
     'Que planter dans la cour de l''école Jean-Macé, et comment la partager avec le quartier le week-end ?',
     'Cadre de vie', 'OPEN', 'PUBLIC', current_date - 10, current_date + 20, current_date + 35),
    ('Budget participatif 2027',
     '250 000 € pour des projets proposés et choisis par les habitantes et habitants.',
     'Budget', 'VOTING', 'PUBLIC', current_date - 60, current_date - 5, current_date + 9),
    ('Horaires de la médiathèque',
     'Ouvrir plus tard le soir ou le dimanche matin ? Les résultats sont publiés.',
     'Culture', 'CLOSED', 'PUBLIC', current_date - 120, current_date - 60, current_date - 45),
    ('Réaménagement des quais du port',
     'Assemblée en préparation par l''équipe de modération : circulation, commerces, promenade.',
     'Urbanisme', 'DRAFT', 'BY_INVITATION', current_date + 15, current_date + 60, current_date + 80);

insert into assembly_neighbourhood (assembly_id, neighbourhood_id)
select a.id, n.id from assembly a join neighbourhood n on
    (a.title like 'Une cour%' and n.code = 'les-tilleuls')
 or (a.title like 'Budget%')
 or (a.title like 'Horaires%' and n.code in ('centre-ville', 'hauts-de-loire'))
 or (a.title like 'Réaménagement%' and n.code = 'port-fluvial');
