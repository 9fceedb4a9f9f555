namespace Parley.Nlp.Entities;

/// <summary>
/// The team-written lists behind <see cref="EntityGazetteer.Default"/>: countries, capitals and major
/// cities, regions, well-known organisations, common given names, and titles that precede a person's name.
/// Written here as facts (not copied from any list). Training copies them into the model file, so a model
/// keeps the lists it learned with even after this file changes.
/// </summary>
internal static class EntityGazetteerFacts
{
    // One "[CATEGORY]" header per section, then one phrase per line; phrases are matched case-insensitively.
    public const string Text = """
        [COUNTRY]
        Afghanistan
        Albania
        Algeria
        Andorra
        Angola
        Argentina
        Armenia
        Australia
        Austria
        Azerbaijan
        Bahamas
        Bahrain
        Bangladesh
        Barbados
        Belarus
        Belgium
        Belize
        Benin
        Bhutan
        Bolivia
        Bosnia
        Bosnia and Herzegovina
        Botswana
        Brazil
        Brunei
        Bulgaria
        Burkina Faso
        Burundi
        Cambodia
        Cameroon
        Canada
        Cape Verde
        Chad
        Chile
        China
        Colombia
        Comoros
        Congo
        Costa Rica
        Croatia
        Cuba
        Cyprus
        Czech Republic
        Czechia
        Denmark
        Djibouti
        Dominica
        Dominican Republic
        East Timor
        Ecuador
        Egypt
        El Salvador
        Equatorial Guinea
        Eritrea
        Estonia
        Eswatini
        Ethiopia
        Fiji
        Finland
        France
        Gabon
        Gambia
        Georgia
        Germany
        Ghana
        Greece
        Grenada
        Guatemala
        Guinea
        Guinea-Bissau
        Guyana
        Haiti
        Honduras
        Hungary
        Iceland
        India
        Indonesia
        Iran
        Iraq
        Ireland
        Israel
        Italy
        Ivory Coast
        Jamaica
        Japan
        Jordan
        Kazakhstan
        Kenya
        Kiribati
        Kosovo
        Kuwait
        Kyrgyzstan
        Laos
        Latvia
        Lebanon
        Lesotho
        Liberia
        Libya
        Liechtenstein
        Lithuania
        Luxembourg
        Madagascar
        Malawi
        Malaysia
        Maldives
        Mali
        Malta
        Mauritania
        Mauritius
        Mexico
        Micronesia
        Moldova
        Monaco
        Mongolia
        Montenegro
        Morocco
        Mozambique
        Myanmar
        Burma
        Namibia
        Nauru
        Nepal
        Netherlands
        Holland
        New Zealand
        Nicaragua
        Niger
        Nigeria
        North Korea
        North Macedonia
        Macedonia
        Norway
        Oman
        Pakistan
        Palau
        Palestine
        Panama
        Papua New Guinea
        Paraguay
        Peru
        Philippines
        Poland
        Portugal
        Qatar
        Romania
        Russia
        Rwanda
        Samoa
        San Marino
        Saudi Arabia
        Senegal
        Serbia
        Seychelles
        Sierra Leone
        Singapore
        Slovakia
        Slovenia
        Solomon Islands
        Somalia
        South Africa
        South Korea
        Korea
        South Sudan
        Spain
        Sri Lanka
        Sudan
        Suriname
        Sweden
        Switzerland
        Syria
        Taiwan
        Tajikistan
        Tanzania
        Thailand
        Togo
        Tonga
        Trinidad and Tobago
        Tunisia
        Turkey
        Turkiye
        Turkmenistan
        Tuvalu
        Uganda
        Ukraine
        United Arab Emirates
        UAE
        United Kingdom
        UK
        U.K.
        Britain
        Great Britain
        England
        Scotland
        Wales
        Northern Ireland
        United States
        United States of America
        USA
        U.S.A.
        US
        U.S.
        America
        Uruguay
        Uzbekistan
        Vanuatu
        Vatican
        Venezuela
        Vietnam
        Yemen
        Zambia
        Zimbabwe
        Greenland
        Puerto Rico
        Hong Kong
        Macau
        Gaza
        West Bank
        Crimea
        Chechnya
        Tibet
        Kashmir

        [CITY]
        Kabul
        Tirana
        Algiers
        Luanda
        Buenos Aires
        Yerevan
        Canberra
        Sydney
        Melbourne
        Vienna
        Baku
        Manama
        Dhaka
        Minsk
        Brussels
        La Paz
        Sarajevo
        Brasilia
        Rio de Janeiro
        Sao Paulo
        Sofia
        Phnom Penh
        Ottawa
        Toronto
        Montreal
        Vancouver
        Santiago
        Beijing
        Shanghai
        Shenzhen
        Guangzhou
        Wuhan
        Bogota
        Havana
        Nicosia
        Prague
        Copenhagen
        Cairo
        Alexandria
        Addis Ababa
        Helsinki
        Paris
        Marseille
        Lyon
        Tbilisi
        Berlin
        Munich
        Frankfurt
        Hamburg
        Accra
        Athens
        Budapest
        Reykjavik
        New Delhi
        Delhi
        Mumbai
        Bombay
        Calcutta
        Kolkata
        Bangalore
        Jakarta
        Tehran
        Baghdad
        Basra
        Mosul
        Dublin
        Jerusalem
        Tel Aviv
        Rome
        Milan
        Naples
        Venice
        Florence
        Tokyo
        Osaka
        Kyoto
        Amman
        Astana
        Almaty
        Nairobi
        Pristina
        Kuwait City
        Bishkek
        Vientiane
        Riga
        Beirut
        Tripoli
        Benghazi
        Vilnius
        Kuala Lumpur
        Bamako
        Valletta
        Mexico City
        Chisinau
        Ulaanbaatar
        Podgorica
        Rabat
        Casablanca
        Maputo
        Yangon
        Kathmandu
        Amsterdam
        Rotterdam
        The Hague
        Wellington
        Auckland
        Managua
        Niamey
        Abuja
        Lagos
        Pyongyang
        Skopje
        Oslo
        Muscat
        Islamabad
        Karachi
        Lahore
        Ramallah
        Panama City
        Lima
        Manila
        Warsaw
        Lisbon
        Doha
        Bucharest
        Moscow
        St. Petersburg
        Saint Petersburg
        Kigali
        Riyadh
        Jeddah
        Mecca
        Medina
        Dakar
        Belgrade
        Freetown
        Bratislava
        Ljubljana
        Mogadishu
        Pretoria
        Johannesburg
        Cape Town
        Seoul
        Juba
        Madrid
        Barcelona
        Colombo
        Khartoum
        Stockholm
        Bern
        Geneva
        Zurich
        Damascus
        Aleppo
        Taipei
        Dushanbe
        Dodoma
        Dar es Salaam
        Bangkok
        Tunis
        Ankara
        Istanbul
        Ashgabat
        Kampala
        Kyiv
        Kiev
        Kharkiv
        Odesa
        Odessa
        Abu Dhabi
        Dubai
        London
        Manchester
        Liverpool
        Birmingham
        Edinburgh
        Glasgow
        Belfast
        Cardiff
        Oxford
        Cambridge
        Washington
        Washington D.C.
        New York
        New York City
        Los Angeles
        Chicago
        Houston
        Philadelphia
        Phoenix
        San Antonio
        San Diego
        Dallas
        San Francisco
        Seattle
        Boston
        Miami
        Atlanta
        Denver
        Detroit
        Las Vegas
        New Orleans
        Baltimore
        Pittsburgh
        Montevideo
        Tashkent
        Caracas
        Hanoi
        Ho Chi Minh City
        Saigon
        Sanaa
        Aden
        Lusaka
        Harare
        Kinshasa
        Brazzaville
        Kandahar
        Herat
        Fallujah
        Kirkuk
        Hebron
        Gaza City
        Sevastopol
        Donetsk
        Luhansk
        Mariupol
        Minneapolis
        Sochi
        Vladivostok
        Davos
        Strasbourg
        Luxembourg City
        Monaco City
        Singapore City
        Hong Kong City

        [REGION]
        Africa
        Asia
        Europe
        North America
        South America
        Latin America
        Central America
        Antarctica
        Oceania
        Middle East
        Near East
        Far East
        Balkans
        Caucasus
        Scandinavia
        Siberia
        Sahel
        Arctic
        Atlantic
        Pacific
        Mediterranean
        Persian Gulf
        Gulf
        Black Sea
        Red Sea
        Baltic
        South China Sea
        Taiwan Strait
        Korean Peninsula
        Kurdistan
        Donbas
        Golan Heights
        Sinai
        Alabama
        Alaska
        Arizona
        Arkansas
        California
        Colorado
        Connecticut
        Delaware
        Florida
        Hawaii
        Idaho
        Illinois
        Indiana
        Iowa
        Kansas
        Kentucky
        Louisiana
        Maine
        Maryland
        Massachusetts
        Michigan
        Minnesota
        Mississippi
        Missouri
        Montana
        Nebraska
        Nevada
        New Hampshire
        New Jersey
        New Mexico
        North Carolina
        North Dakota
        Ohio
        Oklahoma
        Oregon
        Pennsylvania
        Rhode Island
        South Carolina
        South Dakota
        Tennessee
        Texas
        Utah
        Vermont
        Virginia
        West Virginia
        Wisconsin
        Wyoming
        Ontario
        Quebec
        British Columbia
        Alberta
        Bavaria
        Catalonia
        Xinjiang
        Guangdong
        Punjab
        Bengal
        Kerala

        [ORG]
        United Nations
        UN
        U.N.
        UN Security Council
        Security Council
        General Assembly
        NATO
        European Union
        EU
        E.U.
        European Commission
        European Parliament
        African Union
        Arab League
        ASEAN
        OPEC
        G7
        G20
        BRICS
        World Bank
        International Monetary Fund
        IMF
        World Trade Organization
        WTO
        World Health Organization
        WHO
        UNESCO
        UNICEF
        Red Cross
        International Criminal Court
        ICC
        Interpol
        Amnesty International
        Human Rights Watch
        Kremlin
        White House
        Pentagon
        State Department
        Congress
        Senate
        House of Representatives
        Supreme Court
        Parliament
        Duma
        Bundestag
        Knesset
        FBI
        CIA
        NSA
        NASA
        EPA
        FDA
        IRS
        Federal Reserve
        Fed
        KGB
        FSB
        Mossad
        Hamas
        Hezbollah
        Taliban
        al-Qaeda
        al Qaeda
        Islamic State
        ISIS
        ISIL
        Boko Haram
        Democratic Party
        Republican Party
        Democrats
        Republicans
        GOP
        Labour Party
        Conservative Party
        Communist Party
        Xinhua
        TASS
        Reuters
        Associated Press
        AP
        AFP
        BBC
        CNN
        Fox News
        New York Times
        Washington Post
        Wall Street Journal
        Al Jazeera
        Google
        Microsoft
        Apple
        Amazon
        Facebook
        Meta
        Twitter
        Yahoo
        IBM
        Intel
        Samsung
        Sony
        Toyota
        Ford
        General Motors
        Boeing
        Airbus
        Exxon
        ExxonMobil
        Shell
        BP
        Gazprom
        Rosneft
        Huawei
        Enron
        Walmart
        Starbucks
        McDonald's
        Goldman Sachs
        JPMorgan
        Citigroup
        Tesla
        SpaceX
        OpenAI
        Harvard
        Harvard University
        Stanford
        Yale
        MIT
        Oxford University
        Cambridge University

        [PERSON]
        Donald Trump
        Joe Biden
        Barack Obama
        George W. Bush
        George Bush
        Bill Clinton
        Hillary Clinton
        Kamala Harris
        Vladimir Putin
        Dmitry Medvedev
        Sergey Lavrov
        Sergei Lavrov
        Dmitry Peskov
        Xi Jinping
        Wang Yi
        Li Qiang
        Volodymyr Zelensky
        Volodymyr Zelenskyy
        Emmanuel Macron
        Angela Merkel
        Olaf Scholz
        Friedrich Merz
        Keir Starmer
        Rishi Sunak
        Boris Johnson
        Theresa May
        Tony Blair
        Narendra Modi
        Recep Tayyip Erdogan
        Benjamin Netanyahu
        Mahmoud Abbas
        Kim Jong Un
        Kim Jong-un
        Shinzo Abe
        Fumio Kishida
        Justin Trudeau
        Mark Carney
        Antonio Guterres
        Ursula von der Leyen
        Pope Francis
        Pope Leo
        Ali Khamenei
        Bashar al-Assad
        Saddam Hussein
        Osama bin Laden
        Mohammed bin Salman
        Nelson Mandela
        Marco Rubio
        JD Vance
        Elon Musk

        [GIVEN]
        Aaron
        Adam
        Ahmed
        Alan
        Albert
        Alex
        Alexander
        Alexei
        Ali
        Alice
        Amanda
        Amy
        Andrew
        Andrei
        Angela
        Ann
        Anna
        Anne
        Anthony
        Antonio
        Barbara
        Ben
        Benjamin
        Betty
        Bill
        Bob
        Boris
        Brian
        Carl
        Carlos
        Carol
        Catherine
        Charles
        Charlie
        Chris
        Christopher
        Daniel
        David
        Dmitry
        Dmitri
        Donald
        Edward
        Elizabeth
        Emily
        Emma
        Eric
        Fatima
        Frank
        Fred
        Gary
        George
        Hans
        Hassan
        Helen
        Henry
        Hillary
        Ibrahim
        Igor
        Ivan
        Jack
        James
        Jane
        Jason
        Jean
        Jeff
        Jennifer
        Jessica
        Jim
        Joe
        John
        Jonathan
        Jose
        Joseph
        Juan
        Julia
        Karen
        Kate
        Kevin
        Laura
        Linda
        Lisa
        Luis
        Maria
        Mark
        Martin
        Mary
        Matthew
        Michael
        Michelle
        Mike
        Mohamed
        Mohammed
        Muhammad
        Nancy
        Nicholas
        Nikolai
        Olga
        Omar
        Patricia
        Paul
        Peter
        Pierre
        Rachel
        Richard
        Robert
        Ryan
        Sarah
        Sergei
        Sergey
        Steve
        Steven
        Susan
        Thomas
        Tom
        Vladimir
        William
        Yuri

        [TITLE]
        President
        Vice President
        Prime Minister
        Premier
        Chancellor
        Minister
        Foreign Minister
        Defense Minister
        Defence Minister
        Secretary
        Secretary of State
        Secretary-General
        Secretary General
        Ambassador
        Envoy
        Spokesman
        Spokeswoman
        Spokesperson
        Senator
        Sen.
        Rep.
        Representative
        Congressman
        Congresswoman
        Governor
        Gov.
        Mayor
        General
        Gen.
        Colonel
        Col.
        Lieutenant
        Lt.
        Captain
        Capt.
        Admiral
        Commander
        King
        Queen
        Prince
        Princess
        Sheikh
        Emir
        Pope
        Cardinal
        Bishop
        Archbishop
        Rev.
        Judge
        Justice
        Chief Justice
        Dr.
        Dr
        Prof.
        Professor
        Mr.
        Mr
        Mrs.
        Mrs
        Ms.
        Ms
        Sir
        Lord
        Lady
        Dame
        Chairman
        Chairwoman
        Director
        CEO
        Leader
        Commissioner

        [DEMONYM]
        American
        Americans
        British
        Chinese
        Russian
        Russians
        Ukrainian
        Ukrainians
        French
        German
        Germans
        Italian
        Spanish
        Japanese
        Korean
        Indian
        Pakistani
        Afghan
        Iranian
        Iraqi
        Syrian
        Israeli
        Israelis
        Palestinian
        Palestinians
        Egyptian
        Turkish
        Saudi
        European
        Europeans
        African
        Asian
        Arab
        Arabs
        Western
        Soviet
        Canadian
        Mexican
        Brazilian
        Australian
        Finnish
        Polish
        Dutch
        Swedish
        Norwegian
        Greek
        Irish
        English
        Scottish
        Welsh
        Muslim
        Muslims
        Christian
        Christians
        Jewish
        Catholic
        Islamic
        Kurdish
        Kurds
        Taiwanese
        Vietnamese
        Thai
        Nigerian
        Kenyan
        Cuban
        Venezuelan
        Colombian
        Argentinian
        Argentine
        """;
}
