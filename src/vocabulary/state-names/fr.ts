/**
 * French names of the 193 Member States, the Holy See and the State of
 * Palestine: the UN's short names (UN M49 / UNTERM), then the older or
 * shorter forms UPR reports print. Articles ("la France", "l’Allemagne")
 * and apostrophes do not matter: see stateKey.
 */
export const FRENCH_STATE_NAMES = `Afghanistan|Albanie|Algérie|Andorre|Angola|Antigua-et-Barbuda|Argentine|Arménie|Australie|Autriche|Azerbaïdjan|
Bahamas|Bahreïn|Bangladesh|Barbade|Bélarus|Belgique|Belize|Bénin|Bhoutan|Bolivie (État plurinational de)|Bosnie-Herzégovine|
Botswana|Brésil|Brunéi Darussalam|Bulgarie|Burkina Faso|Burundi|Cabo Verde|Cambodge|Cameroun|Canada|République centrafricaine|
Tchad|Chili|Chine|Colombie|Comores|Congo|Costa Rica|Côte d’Ivoire|Croatie|Cuba|Chypre|Tchéquie|
République populaire démocratique de Corée|République démocratique du Congo|Danemark|Djibouti|Dominique|République dominicaine|
Équateur|Égypte|El Salvador|Guinée équatoriale|Érythrée|Estonie|Eswatini|Éthiopie|Fidji|Finlande|France|Gabon|Gambie|Géorgie|
Allemagne|Ghana|Grèce|Grenade|Guatemala|Guinée|Guinée-Bissau|Guyana|Haïti|Honduras|Hongrie|Islande|Inde|Indonésie|
Iran (République islamique d’)|Iraq|Irlande|Israël|Italie|Jamaïque|Japon|Jordanie|Kazakhstan|Kenya|Kiribati|Koweït|Kirghizistan|
République démocratique populaire lao|Lettonie|Liban|Lesotho|Libéria|Libye|Liechtenstein|Lituanie|Luxembourg|Madagascar|Malawi|
Malaisie|Maldives|Mali|Malte|Îles Marshall|Mauritanie|Maurice|Mexique|Micronésie (États fédérés de)|Monaco|Mongolie|Monténégro|
Maroc|Mozambique|Myanmar|Namibie|Nauru|Népal|Pays-Bas|Nouvelle-Zélande|Nicaragua|Niger|Nigéria|Macédoine du Nord|Norvège|Oman|
Pakistan|Palaos|Panama|Papouasie-Nouvelle-Guinée|Paraguay|Pérou|Philippines|Pologne|Portugal|Qatar|République de Corée|
République de Moldova|Roumanie|Fédération de Russie|Rwanda|Saint-Kitts-et-Nevis|Sainte-Lucie|Saint-Vincent-et-les Grenadines|
Samoa|Saint-Marin|Sao Tomé-et-Principe|Arabie saoudite|Sénégal|Serbie|Seychelles|Sierra Leone|Singapour|Slovaquie|Slovénie|
Îles Salomon|Somalie|Afrique du Sud|Soudan du Sud|Espagne|Sri Lanka|Soudan|Suriname|Suède|Suisse|République arabe syrienne|
Tadjikistan|Thaïlande|Timor-Leste|Togo|Tonga|Trinité-et-Tobago|Tunisie|Türkiye|Turkménistan|Tuvalu|Ouganda|Ukraine|
Émirats arabes unis|Royaume-Uni de Grande-Bretagne et d’Irlande du Nord|République-Unie de Tanzanie|États-Unis d’Amérique|
Uruguay|Ouzbékistan|Vanuatu|Venezuela (République bolivarienne du)|Viet Nam|Yémen|Zambie|Zimbabwe|Saint-Siège|État de Palestine|
Bolivie|Cap-Vert|République tchèque|Swaziland|Iran|Micronésie|Pays-Bas (Royaume des)|ex-République yougoslave de Macédoine|
Moldova|Russie|Turquie|Royaume-Uni|États-Unis|Venezuela|Jamahiriya arabe libyenne|Palestine`;
