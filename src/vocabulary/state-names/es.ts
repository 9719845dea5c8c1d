/**
 * Spanish names of the 193 Member States, the Holy See and the State of
 * Palestine: the UN's short names (UN M49 / UNTERM), then the older or
 * shorter forms UPR reports print. Articles ("el Canadá", "la India") do
 * not matter: see stateKey.
 */
export const SPANISH_STATE_NAMES = `Afganistán|Albania|Argelia|Andorra|Angola|Antigua y Barbuda|Argentina|Armenia|Australia|Austria|Azerbaiyán|
Bahamas|Bahrein|Bangladesh|Barbados|Belarús|Bélgica|Belice|Benin|Bhután|Bolivia (Estado Plurinacional de)|Bosnia y Herzegovina|
Botswana|Brasil|Brunei Darussalam|Bulgaria|Burkina Faso|Burundi|Cabo Verde|Camboya|Camerún|Canadá|República Centroafricana|
Chad|Chile|China|Colombia|Comoras|Congo|Costa Rica|Côte d’Ivoire|Croacia|Cuba|Chipre|Chequia|
República Popular Democrática de Corea|República Democrática del Congo|Dinamarca|Djibouti|Dominica|República Dominicana|
Ecuador|Egipto|El Salvador|Guinea Ecuatorial|Eritrea|Estonia|Eswatini|Etiopía|Fiji|Finlandia|Francia|Gabón|Gambia|Georgia|
Alemania|Ghana|Grecia|Granada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haití|Honduras|Hungría|Islandia|India|Indonesia|
Irán (República Islámica del)|Iraq|Irlanda|Israel|Italia|Jamaica|Japón|Jordania|Kazajstán|Kenya|Kiribati|Kuwait|Kirguistán|
República Democrática Popular Lao|Letonia|Líbano|Lesotho|Liberia|Libia|Liechtenstein|Lituania|Luxemburgo|Madagascar|Malawi|
Malasia|Maldivas|Malí|Malta|Islas Marshall|Mauritania|Mauricio|México|Micronesia (Estados Federados de)|Mónaco|Mongolia|Montenegro|
Marruecos|Mozambique|Myanmar|Namibia|Nauru|Nepal|Países Bajos|Nueva Zelandia|Nicaragua|Níger|Nigeria|Macedonia del Norte|Noruega|
Omán|Pakistán|Palau|Panamá|Papua Nueva Guinea|Paraguay|Perú|Filipinas|Polonia|Portugal|Qatar|República de Corea|
República de Moldova|Rumania|Federación de Rusia|Rwanda|Saint Kitts y Nevis|Santa Lucía|San Vicente y las Granadinas|Samoa|
San Marino|Santo Tomé y Príncipe|Arabia Saudita|Senegal|Serbia|Seychelles|Sierra Leona|Singapur|Eslovaquia|Eslovenia|
Islas Salomón|Somalia|Sudáfrica|Sudán del Sur|España|Sri Lanka|Sudán|Suriname|Suecia|Suiza|República Árabe Siria|Tayikistán|
Tailandia|Timor-Leste|Togo|Tonga|Trinidad y Tabago|Túnez|Türkiye|Turkmenistán|Tuvalu|Uganda|Ucrania|Emiratos Árabes Unidos|
Reino Unido de Gran Bretaña e Irlanda del Norte|República Unida de Tanzanía|Estados Unidos de América|Uruguay|Uzbekistán|
Vanuatu|Venezuela (República Bolivariana de)|Viet Nam|Yemen|Zambia|Zimbabwe|Santa Sede|Estado de Palestina|
Bolivia|República Checa|Suazilandia|Irán|Micronesia|Países Bajos (Reino de los)|ex República Yugoslava de Macedonia|Moldova|
Turquía|Reino Unido|Estados Unidos|Venezuela|Jamahiriya Árabe Libia|Palestina`;
