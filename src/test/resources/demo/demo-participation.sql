-- The demo town's life: members, proposals, supports and a debate. Run once, after the demo
-- accounts exist; :camille, :yanis, :grace, :moderatrice, :elu stand for their participant ids.

update assembly set description = '<h2>Pourquoi cette assemblée</h2><p>La cour de l''école Jean-Macé est '
    || 'un îlot de chaleur l''été. Les parents, les enseignants et les voisins décident ensemble de '
    || 'ce qu''on y plante et de son ouverture au quartier le <strong>week-end</strong>.</p>'
    || '<ul><li>Débat et propositions jusqu''au vote</li><li>Vote sur les propositions retenues</li></ul>',
    supports_threshold = 3
where title like 'Une cour%';

update assembly set description = '<p>250 000 € pour des projets proposés par les habitantes et habitants.</p>',
    supports_threshold = 2
where title like 'Budget%';

update assembly set closing_message = 'Merci aux 214 participantes et participants ! La médiathèque ouvrira '
    || 'le mercredi jusqu''à 20 h dès janvier.'
where title like 'Horaires%';

insert into membership (assembly_id, participant_id)
select a.id, p.id from assembly a cross join participant p
where a.title like 'Une cour%' and p.id in (:camille, :yanis, :grace, :moderatrice)
   or a.title like 'Budget%' and p.id in (:camille, :yanis, :elu)
on conflict do nothing;

insert into proposal (assembly_id, author_id, title, body, status, supports)
select id, :camille, 'Des arbres fruitiers le long du préau',
       'Planter quatre pommiers et deux poiriers : de l''ombre en été et des fruits pour le goûter.', 'PUBLISHED', 2
from assembly where title like 'Une cour%';

insert into proposal (assembly_id, author_id, title, body, status, supports)
select id, :yanis, 'Ouvrir la cour le samedi matin',
       'Un parent volontaire ouvre la cour de 9 h à 12 h pour les enfants du quartier.', 'PUBLISHED', 0
from assembly where title like 'Une cour%';

insert into proposal (assembly_id, author_id, title, body, status, supports)
select id, :yanis, 'Des bancs sous les platanes', 'Trois bancs sur la place de la mairie, à l''ombre.', 'SELECTED', 2
from assembly where title like 'Budget%';

insert into proposal_status_change (proposal_id, status)
select id, 'PUBLISHED' from proposal;
insert into proposal_status_change (proposal_id, status)
select id, 'SELECTED' from proposal where status = 'SELECTED';

insert into support (proposal_id, participant_id)
select p.id, s.id from proposal p cross join participant s
where p.title like 'Des arbres%' and s.id in (:yanis, :grace)
   or p.title like 'Des bancs%' and s.id in (:camille, :elu);

insert into comment (assembly_id, proposal_id, author_id, body)
select a.id, null, :grace, 'Great idea! Could the pupils help with the planting? https://example.org/school-gardens'
from assembly a where a.title like 'Une cour%';

insert into comment (assembly_id, proposal_id, parent_id, depth, author_id, body)
select c.assembly_id, null, c.id, 1, :camille, 'Oui ! Une matinée de plantation avec les classes de CM1.'
from comment c where c.author_id = :grace;

insert into comment (assembly_id, proposal_id, author_id, body)
select p.assembly_id, p.id, :yanis, 'Attention aux racines près des canalisations : demander l''avis des services techniques.'
from proposal p where p.title like 'Des arbres%';

insert into meeting (assembly_id, title, starts_at, ends_at, place, capacity, registered, description)
select id, 'Atelier plantations dans la cour', date_trunc('day', now()) + interval '6 days 18 hours',
       date_trunc('day', now()) + interval '6 days 20 hours', 'Préau de l''école Jean-Macé, 12 rue des Tilleuls', 25, 1,
       'On choisit les essences ensemble, avec un jardinier des services techniques.'
from assembly where title like 'Une cour%';

insert into meeting_registration (meeting_id, participant_id)
select m.id, :grace from meeting m where m.title like 'Atelier plantations%';

-- Grace joined the school-yard assembly through Camille's link, shared on WhatsApp.
update membership set generation = 1, invited_by = :camille
where participant_id = :grace and assembly_id = (select id from assembly where title like 'Une cour%');

insert into invitation_quota (assembly_id, participant_id, remaining, used)
select a.id, :camille, a.default_quota - 1, 1 from assembly a where a.title like 'Une cour%';

-- The participatory budget's ballot: majority judgment on four projects, secret, opening a minute
-- after the demo starts (its options are set before it opens, as the rules require) and closing
-- with the assembly.
insert into ballot (assembly_id, question, method, secret, opens_at, closes_at, created_by)
select id, 'Quels projets financer avec le budget participatif 2027 ?', 'MAJORITY_JUDGMENT', true, now() + interval '1 minute',
       (closes_on::timestamp at time zone 'Europe/Paris'), :moderatrice
from assembly where title like 'Budget%';

insert into ballot_option (ballot_id, position, label)
select b.id, o.position, o.label from ballot b
cross join (values (1, 'Des bancs et des fontaines à eau dans le parc'), (2, 'Une piste cyclable rue de la Loire'),
                   (3, 'Un atelier de réparation de vélos'), (4, 'Des jeux pour enfants aux Hauts-de-Loire')) o (position, label)
where b.question like 'Quels projets financer%';
