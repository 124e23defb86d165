--liquibase formatted sql

--changeset proximite:002-languages
INSERT INTO language (code, native_name) VALUES ('fr', 'Français');
INSERT INTO language (code, native_name) VALUES ('en', 'English');

--changeset proximite:002-stakeholder-groups
INSERT INTO stakeholder_group (code, position) VALUES ('government', 10);
INSERT INTO stakeholder_group (code, position) VALUES ('police', 20);
INSERT INTO stakeholder_group (code, position) VALUES ('local-elected-officials', 30);
INSERT INTO stakeholder_group (code, position) VALUES ('ngos-associations', 40);
INSERT INTO stakeholder_group (code, position) VALUES ('women-leaders', 50);
INSERT INTO stakeholder_group (code, position) VALUES ('youth-leaders', 60);
INSERT INTO stakeholder_group (code, position) VALUES ('diplomats', 70);
INSERT INTO stakeholder_group (code, position) VALUES ('public', 80);

INSERT INTO stakeholder_group_label (group_code, language_code, label) VALUES ('government', 'fr', 'Gouvernement');
INSERT INTO stakeholder_group_label (group_code, language_code, label) VALUES ('government', 'en', 'Government');
INSERT INTO stakeholder_group_label (group_code, language_code, label) VALUES ('police', 'fr', 'Police');
INSERT INTO stakeholder_group_label (group_code, language_code, label) VALUES ('police', 'en', 'Police');
INSERT INTO stakeholder_group_label (group_code, language_code, label) VALUES ('local-elected-officials', 'fr', 'Élus locaux');
INSERT INTO stakeholder_group_label (group_code, language_code, label) VALUES ('local-elected-officials', 'en', 'Local elected officials');
INSERT INTO stakeholder_group_label (group_code, language_code, label) VALUES ('ngos-associations', 'fr', 'ONG et associations');
INSERT INTO stakeholder_group_label (group_code, language_code, label) VALUES ('ngos-associations', 'en', 'NGOs and associations');
INSERT INTO stakeholder_group_label (group_code, language_code, label) VALUES ('women-leaders', 'fr', 'Femmes leaders');
INSERT INTO stakeholder_group_label (group_code, language_code, label) VALUES ('women-leaders', 'en', 'Women leaders');
INSERT INTO stakeholder_group_label (group_code, language_code, label) VALUES ('youth-leaders', 'fr', 'Jeunes leaders');
INSERT INTO stakeholder_group_label (group_code, language_code, label) VALUES ('youth-leaders', 'en', 'Youth leaders');
INSERT INTO stakeholder_group_label (group_code, language_code, label) VALUES ('diplomats', 'fr', 'Diplomates');
INSERT INTO stakeholder_group_label (group_code, language_code, label) VALUES ('diplomats', 'en', 'Diplomats');
INSERT INTO stakeholder_group_label (group_code, language_code, label) VALUES ('public', 'fr', 'Grand public');
INSERT INTO stakeholder_group_label (group_code, language_code, label) VALUES ('public', 'en', 'General public');
