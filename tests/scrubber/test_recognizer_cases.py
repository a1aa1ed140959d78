"""Single recognizer cases found in the outside corpora: each a way an identifier was written that once leaked,
or a word of the trade that was once taken for an identifier."""

from __future__ import annotations

import pytest

from scrubber import Scrubber
from tests.scrubber.helpers import assert_scrubbed


@pytest.mark.parametrize("text, identifier", [
    ("if anyone wants to talk reach me at kbrandt41 at yahoo dot com, thanks", "kbrandt41 at yahoo dot com"),
    ("the sro is d dot hale at rpsd dot org if u need him", "d dot hale at rpsd dot org"),
    ("Contact: jdoe [at] marioncounty [dot] gov.", "jdoe [at] marioncounty [dot] gov"),
    ("u can call me five four one five five five two two oh eight anytime",
     "five four one five five five two two oh eight"),
    ("call me at five four one, five five five, zero one eight eight",
     "five four one, five five five, zero one eight eight"),
    ("call me at 5 0 3 5 5 5 0 1 9 2 after shift", "5 0 3 5 5 5 0 1 9 2"),
])
def test_contacts_written_to_dodge_filters(scrub, text, identifier):
    result = scrub(text)
    assert identifier not in result.text
    assert any(f.text == identifier and f.entity_type == "CONTACT" for f in result.findings)


def test_words_and_counts_are_not_contacts(scrub):
    text = "we met at home. he fired one two three times. i was at the store dot matrix printer"
    assert not [f for f in scrub(text).findings if f.entity_type == "CONTACT"]


@pytest.mark.parametrize("text, plate", [
    ("Dispatch advised a white Ford Expedition, Arizona plate Charlie Robert Tom 5-0-2-1, failed to yield.",
     "Charlie Robert Tom 5-0-2-1"),
    ("partial plate Lincoln Mary Tom 4-4-7. I was SB.", "Lincoln Mary Tom 4-4-7"),
    ("plate Adam Boy Charles one two three IA, no wants.", "Adam Boy Charles one two three"),
])
def test_plates_read_out_phonetically(scrub, text, plate):
    result = scrub(text)
    assert plate not in result.text
    assert "[PLATE]" in result.text


def test_a_name_before_a_count_is_no_phonetic_plate(scrub):
    result = scrub("Sgt. Mary Young 4 times told him to drop it.")
    assert "4 times" in result.text


@pytest.mark.parametrize("call_sign", ["Bike 3", "Tac 2", "Motor 11", "Boat 2", "Dispatcher 14", "Operator 118",
                                       "EMS 4", "Sam 40", "Warden 214", "Ranger 1", "Marshal 14", "console 6"])
def test_call_signs_of_a_word_and_a_number(scrub, call_sign):
    result = scrub(f'Radio traffic: {call_sign}: "Shots fired, I\'m OK." I heard {call_sign} again.')
    assert call_sign not in result.text
    assert "[UNIT]" in result.text


def test_a_call_word_before_a_measure_or_clock_is_kept(scrub):
    result = scrub("EMS 12 minutes out. We met at 10:40.")
    assert "EMS 12 minutes" in result.text


def test_capital_words_that_end_like_acronyms_are_not_agencies(scrub):
    result = scrub("HE ALSO SAID EVERYTHING LEAVING THE KITCHEN STOPS. COPS CAME. LAPD AND HCSO ARRIVED.")
    assert "HE ALSO SAID" in result.text and "KITCHEN STOPS" in result.text and "COPS CAME" in result.text
    assert "LAPD" not in result.text and "HCSO" not in result.text


@pytest.mark.parametrize("text, agency", [
    ("A Coast Guard small boat was already on the water.", "Coast Guard"),
    ("Two U.S. Border Patrol agents backed us.", "U.S. Border Patrol"),
    ("the secret service detail wanted the road shut", "secret service"),
])
def test_national_agencies_need_no_place_before_them(scrub, text, agency):
    result = scrub(text)
    assert agency not in result.text
    assert any(f.entity_type == "AGENCY" for f in result.findings)


def test_the_k9_work_is_no_dog_name(scrub):
    result = scrub("I AM A K9 HANDLER. I GAVE THE K9 WARNING 3 TIMES BEFORE K9 REX WAS SENT.")
    assert "K9 HANDLER" in result.text and "K9 WARNING 3 TIMES" in result.text
    assert "REX" not in result.text


def test_the_trade_after_a_role_is_no_name(scrub):
    result = scrub("Driver BAC .19, open container, no DL. He was 0.14 on the PBT.")
    assert "BAC .19" in result.text and "0.14" in result.text


def test_drug_names_in_capitals_are_kept(scrub):
    result = scrub("HE TOLD STAFF HE HAD SWALLOWED SIX OXYCODONE AND A STRIP OF SUBOXONE. NURSE GAVE GLUCAGON.")
    for drug in ("OXYCODONE", "SUBOXONE", "GLUCAGON"):
        assert drug in result.text


def test_the_channel_a_radio_is_on_is_kept(scrub):
    text = "dispatch kept callin me on tac 3. MY PORTABLE WAS STILL ON TAC 2. I aired it on the channel (TAC 4)."
    result = scrub(text)
    for channel in ("tac 3", "TAC 2", "TAC 4"):
        assert channel in result.text


def test_a_radio_call_named_as_such(scrub):
    result = scrub("My radio call was 7-12. There were four adults in the car.")
    assert "7-12" not in result.text and "four adults" in result.text


def test_a_unit_called_by_its_number_alone_after_it_was_named(scrub):
    text = ('Unit 31 and Unit 34 set up. 31 aired "S1 on foot, poss armed." 34 copied. 31 did not ack. '
            'I answered "3 copy." after Bravo 3 moved. It was 34 degrees, minus 3, later.')
    result = scrub(text)
    assert "31 aired" not in result.text and "34 copied" not in result.text and '"3 copy' not in result.text
    assert "31 did not" not in result.text
    for kept in ("34 degrees", "minus 3"):
        assert kept in result.text


def test_the_units_number_is_not_taken_for_an_age_or_a_count():
    """The rule alone (the model, which has seen units called by number, may still guess)."""
    from scrubber.candidates import Candidate
    from scrubber.propagate import propagate_unit_numbers

    text = "Unit 31 set up. 31 copied. He was 31 and had 31 priors; it was 31 degrees."
    found = propagate_unit_numbers(text, [Candidate("ID", 5, 7, 0.85, "KeywordIdPattern", "UNIT")])
    assert [text[c.start:c.end + 7] for c in found] == ["31 copied"]


def test_a_partner_named_with_me_and(scrub):
    result = scrub("me and hutch were the only 2 on. me and ski got there first. me and my partner went in. "
                   "me and dispatch had words.")
    assert "hutch" not in result.text and "ski" not in result.text
    assert "me and my partner went" in result.text and "me and dispatch" in result.text


@pytest.mark.parametrize("text, hour", [
    ("we were parked at the boat ramp like 4ish when two kids came thru", "4ish"),
    ("parked at the school around 11 the 14th when dispatch put it out", "around 11"),
    ("around 8 i found a car in the ditch", "around 8"),
])
def test_an_hour_written_loosely(scrub, text, hour):
    assert hour not in scrub(text).text


@pytest.mark.parametrize("text", ["there were around 11 people", "about 4 guys ran",
                                  "WE WERE APPROX 2 CAR LENGTHS BEHIND", "a knife about 8 inch long",
                                  "it was about 5 below", "about 1.5 hrs later"])
def test_counts_and_measures_after_about_are_no_hour(scrub, text):
    assert scrub(text).text == text


def test_the_day_of_the_month_alone(scrub):
    result = scrub("went to a welfare chk around 0230 the 14th. daughter called. he lives on the 3rd floor.")
    assert "14th" not in result.text and "3rd floor" in result.text


def test_county_roads_known_by_letters():
    assert_scrubbed("cattle out on cty rd jj just south. car vs deer on County Road V. at county rd and main",
                    gone=[" jj ", "Road V"],
                    kept=["county rd and main"])


def test_a_familys_land_is_a_place():
    assert_scrubbed("Went out to the old Prochaska farm on a trespass. Shots at the Etcheverry ranch later.",
                    gone=["farm", "ranch"],
                    kept=["[LOCATION"])


def test_times_that_open_the_lines_of_a_timeline():
    assert_scrubbed("Parked two houses down.\n- 2256 front door open.\n- 2300 victim came out.\n* 1810 he stopped.",
                    gone=["2256", "2300", "1810"],
                    kept=[])


def test_a_numbered_street_alone():
    assert_scrubbed("he crashed on 72nd. we waited at 28th for more cars. I work on 2nd shift; his 3rd offense.",
                    gone=["72nd", "28th"],
                    kept=["2nd shift", "3rd offense"])


def test_the_trades_words_are_no_agency_to_the_model(scrub):
    text = ('"3417, QSL, I\'m eastbound." The nearest backup was the VPSO from the village. '
            "On entry the front room had about 23 UDAs. He was a 5th grade teacher.")
    result = scrub(text)
    for kept in ("QSL", "VPSO", "UDAs", "5th grade"):
        assert kept in result.text


def test_surnames_that_are_makes_of_guns_and_cars(scrub):
    result = scrub("Officer Smith was hit. Deputy Ford arrived. OFFICER LINCOLN WAS THERE. Officer Smith's car "
                   "was hit. He had a Smith & Wesson M&P. I drove a Ford Explorer. Later Ford said go.")
    assert "Officer Smith" not in result.text and "Deputy Ford" not in result.text and "LINCOLN" not in result.text
    assert "Smith's car" not in result.text and "Ford said" not in result.text
    assert "Smith & Wesson" in result.text and "Ford Explorer" in result.text
    assert result.text.count("[OFFICER 1]") == 2


def test_an_identifiers_distinctive_part_is_found_again_alone():
    assert_scrubbed("We went to Apt 3C. I knocked on 3C. He fled on FM 1015 and went 1015 north at 90 mph. "
                    "The call was at W 63rd St; I kept going EB on 63rd. He lived on the 63rd floor. "
                    "The shot came from APT 110, from inside 110. He weighed 110 lbs and drove a 4Runner.",
                    gone=["3C", "1015", "on 63rd", "inside 110"],
                    kept=["90 mph", "63rd floor", "110 lbs", "4Runner"])


def test_doors_known_by_number_and_letter():
    assert_scrubbed("We knocked on 3G by accident. He was rehoused to 4A. apartments 4B and 4D were side by side. "
                    "He had a 3D printed gun, a 5G phone and a 4K camera.",
                    gone=["3G", "4A", "4B", "4D"],
                    kept=["3D printed", "5G phone", "4K camera"])


def test_call_signs_of_two_numbers():
    assert_scrubbed('i was 65-12 riding the corridor when 65-14 said he was two minutes out. "9-3 copy, 9-7 and 9-11 '
                    'start over." Tpr. Oyelaran 7-22. Ranger Diaz (7-15) arrived. I was doing a transport as 3-14. '
                    "I was 3-4 feet away, 15-20 min later; traffic 55-65 mph; a .30-06 and a 10-50.",
                    gone=["65-12", "65-14", "9-3", "9-7", "9-11", "7-22", "7-15", "3-14"],
                    kept=["3-4 feet", "15-20 min", "55-65 mph", ".30-06", "10-50"])


def test_a_number_joined_to_an_agency_is_its_unit():
    assert_scrubbed('"TPD-43, TPD-46, male in crisis at the bus bays." The NPS-6142 ranger came.',
                    gone=["43", "46", "6142"],
                    kept=[])


def test_a_places_service_makes_it_an_agency():
    assert_scrubbed("I requested EMS via Lycoming County 911. UNIT 4 FROM HOULTON FD ARRIVED. Harris County Pct 4 "
                    "Constable came. We got Park County Dispatch on the line. Framingham Barracks sent two cars.",
                    gone=["911", "FD", "Pct", "Dispatch", "Barracks"],
                    kept=[])


def test_blk_is_black_unless_it_numbers_a_block():
    assert_scrubbed("S1 B/M 18-20 blk hoodie ran toward the 1400 blk of Elm.",
                    gone=["1400"],
                    kept=["18-20 blk hoodie"])


def test_nicknames_given_as_such():
    assert_scrubbed('R/O observed M/B known to R/O\'s as "Peanut" at the shelter. 3 guys, one we know as "Spider". '
                    'A seller he knew only as "Q." set the meet. Sgt. Bell known as "Ding" came.',
                    gone=["Peanut", "Spider", '"Q', "Ding"],
                    kept=['"[PERSON'])  # the quotes stay around the placeholder


def test_a_states_name_after_a_rank_is_a_surname():
    assert_scrubbed("Sgt. Washington had the entrance closed. Later Washington said go. He moved to Washington. "
                    "A deputy Washington County sent was late.",
                    gone=["Sgt. Washington", "Washington said"],
                    kept=["moved to Washington"])


def test_a_town_and_a_number_on_the_air():
    assert_scrubbed("Units sent: Frisco 31, Frisco 35. Dep. Ruiz (Yakima 9) acknowledged. Wentzville 12 set up a "
                    "block. I lived in Dallas 3 years.",
                    gone=["31", "35", "9)", "12 set"],
                    kept=["3 years"])


def test_rooms_cells_and_gates_with_their_names():
    assert_scrubbed("At cell 2-23 the I/M had not covered. He was in Tank 3-W. I was posted in Courtroom 3B. He "
                    "pushed a screen out of cell F-B14. We went to Gate B9. He had level 4 plates.",
                    gone=["2-23", "Tank", "3-W", "Courtroom", "3B", "F-B14", "Gate", "B9"],
                    kept=["level 4 plates"])


def test_a_local_name_given_as_one(scrub):
    result = scrub("I was in the area everybody calls the Bottoms. Later, on the edge of the Bottoms, a man ran. "
                   "The bottoms of his shoes were wet. They called the police.")
    assert "Bottoms" not in result.text
    assert "bottoms of his shoes" in result.text and "called the police" in result.text
    upper = scrub('S/O FLED INTO THE GRAVEL PITS, LOCALS CALL IT "THE PITS". THEY CALLED THE POLICE.')
    assert '"THE PITS"' not in upper.text and "CALLED THE POLICE" in upper.text


def test_businesses_known_by_an_owners_or_a_towns_name(scrub):
    upper = scrub("ASSIST REPO AT BIG JIM'S TOWING. ALARM COMMERCIAL FERRELL OPTICAL ON MAIN. WE WENT IN.")
    mixed = scrub("We went to First Prairie Bank on Elm. The two were transferred at Sauvie Landing ramp.")
    for word in ("TOWING", "OPTICAL"):
        assert word not in upper.text
    for word in ("First", "Prairie", "Landing"):
        assert word not in mixed.text


def test_numbered_districts_and_an_agencys_dashed_unit():
    assert_scrubbed("R/O P/O DAVIS AND P/O KIM, 25TH DIST, RESP. I was ISP 3-41 and took it. CHP 10-15 came.",
                    gone=["25TH", "3-41"],
                    kept=["10-15"])


def test_a_phone_call_gives_no_place_its_name():
    assert_scrubbed("lesson: call the RP back to ask who lives there. They called the Dispatcher twice.",
                    gone=[],
                    kept=["call the RP back", "called the Dispatcher"])


def test_a_first_name_before_a_found_surname_in_plain_text(scrub):
    lower = scrub("we went to the kayla nguyen case. i will call him later.")
    upper = scrub("ONE OF THEM DEONTAE MABRY STARTED TALKING. I WILL CALL HIM.")
    assert "kayla" not in lower.text and "i will call" in lower.text
    assert "DEONTAE" not in upper.text and "I WILL CALL" in upper.text


def test_what_a_stronger_span_leaves_of_a_name_is_still_replaced(scrub):
    result = scrub("TPR D. BOUDREAUX LSP TROOP F UNIT F-19. ON 10/26/23 AT APPROX 0315 I STOPPED A SEDAN.")
    for word in ("BOUDREAUX", "LSP", "TROOP F", "F-19"):
        assert word not in result.text
    mixed = scrub("Working a detail on Kanoelehua Ave near Puainako St. Heavy rain. I was in the lane.")
    assert "Heavy rain" in mixed.text and "Puainako" not in mixed.text


def test_an_agency_acronym_ends_a_name_in_capitals():
    assert_scrubbed("TPR MARIA ALONSO AND OFC DEAN KNAPP WENT IN. I STOPPED A CAR.",
                    gone=["ALONSO", "KNAPP"],
                    kept=[])


def test_transit_lines():
    assert_scrubbed("i was working the blue line on a sat night. a green line train was approaching. We rode the "
                    "E Line, the 6 line and a southbound 4 train. Stay behind the yellow line. The thin blue line "
                    "held. Hold a line from the 12 to 6 line.",
                    gone=["blue line on", "green line", "E Line", "the 6 line", "4 train"],
                    kept=["yellow line", "thin blue line", "Hold a line", "12 to 6 line"])


def test_land_and_landmarks_named_in_lower_case(scrub):
    result = scrub("it goes over cowhouse creek below the dam. i got flagged down at kalihi transit center.")
    assert "cowhouse" not in result.text and "kalihi" not in result.text
    mixed = scrub("We checked cattle on the Spruce Mountain allotment. Rodriguez point his gun at me. Officer Hunter "
                  "crossing the street saw it.")
    assert "allotment" not in mixed.text and "point his gun" in mixed.text and "Officer [OFFICER" in mixed.text


def test_numbers_after_a_hash_and_keywords_inside_others():
    assert_scrubbed("OFFICERS: P/O JAMES KOWALSKI #4102 CAR 2317, P/O DANA REEVES #4388 CAR 2318. I BROADCAST "
                    '"3D21 FOOT PURSUIT NB". WE WERE SECTOR CAR 75D. I HAD #00 BUCK IN THE SHOTGUN.',
                    gone=["4102", "2317", "4388", "3D21", "75D"],
                    kept=["#00 BUCK", "FOOT PURSUIT"])


def test_dashed_dates_that_open_a_report():
    assert_scrubbed("ON 9-27 AT 0300 I WAS WORKING. THE SCORE WAS 3-2 AT 1400. HE WAS 3-4 FEET AWAY.",
                    gone=["9-27"],
                    kept=["3-2", "3-4 FEET"])


def test_local_numbers_and_extensions():
    assert_scrubbed("ofc tran shield 4471, my desk phone 555-0134 ext 22. Questions to me at ext. 5-4418.",
                    gone=["555-0134", "ext 22", "5-4418"],
                    kept=[])


def test_a_writer_who_starts_sentences_in_lower_case_writes_names_so_too():
    assert_scrubbed("ok so quick one. me + ofc Hunter on foot at the station. guy real drunk on the edge. hunter goes "
                    "to grab him. i grabbed hunter's duty belt. the hunter in the woods had a rifle.",
                    gone=["hunter goes", "hunter's duty belt"],
                    kept=["the hunter in the woods"])


def test_an_agencys_acronym_and_a_streets_name_found_again(scrub):
    lower = scrub("rtd transit police were on the platform. rtd fare inspectors were between us and him.")
    assert "rtd" not in lower.text
    mixed = scrub("The driver took off on foot across Washington Ave. He ran back across Washington and down the "
                  "alley. We slowed down on a dirt road later; slow down on dirt.")
    assert "Washington" not in mixed.text and "slow down on dirt" in mixed.text


def test_a_name_for_an_idea_is_no_place():
    assert_scrubbed('SHE SAID SHE WAS "FOLLOWING THE LIGHTS". THIS IS WHAT THEY CALL THE MOTH EFFECT. WE LEFT.',
                    gone=[],
                    kept=["MOTH EFFECT"])


def test_the_kind_of_place_after_its_name_goes_with_it():
    assert_scrubbed("I was assigned to the Kingsbury ferry terminal. The rally moved toward ostrowski library. I was "
                    "working the Rattlesnake Bend day-use area. We cleared the area.",
                    gone=["terminal", "library", "day-use"],
                    kept=["cleared the area"])


def test_a_dashed_date_before_an_approximate_time_and_a_countys_dispatch(scrub):
    upper = scrub("ON 9-27 AT APPROX 0210 I WAS 2-ADAM-6 WORKING.")
    mixed = scrub("Call from Park County dispatch at 0800 on a grizzly. I told dispatch.")
    assert "9-27" not in upper.text
    assert "County dispatch" not in mixed.text and "told dispatch" in mixed.text


def test_a_partial_plate_that_started_with(scrub):
    assert "8RN" not in scrub("she saw him get into a dark van, plate started with 8RN. we looked.").text


def test_gps_coordinates_are_a_place():
    assert_scrubbed("Dirt road, no address, GPS 36.4291, -109.6117. Backup was at N 44.0521 W 121.3153 and a BAC "
                    "of 0.14, 12.5 miles out.",
                    gone=["36.4291", "109.6117", "44.0521", "121.3153"],
                    kept=["0.14", "12.5 miles"])


def test_a_numbered_street_alone_and_as_a_cross_street():
    assert_scrubbed('Charger continuing east toward 12th. "42 copy, Halsted and 21st, two minutes." We did traffic '
                    "control at Kensington Ave and 5th for a water main break. Sgt. Ruiz and 2nd squad went up to "
                    "the 5th floor landing.",
                    gone=["12th", "21st", "Kensington", "and 5th"],
                    kept=["2nd squad", "5th floor"])


def test_a_business_named_by_its_trade():
    assert_scrubbed("ROADRUNNER TOWING CLEARED THE VEHICLES. I SWERVED INTO THE LOT OF DUBB'S TIRE AND LUBE. A PLOW "
                    "FROM GRANITE STATE PAVING CAME THROUGH. A TIRE DEFLATION DEVICE, THE STEER TIRE, A FUEL STOP, "
                    "A HEAD-ON COLLISION AND THE GRAIN ELEVATOR ARE NO BUSINESSES.",
                    gone=["ROADRUNNER", "DUBB", "GRANITE"],
                    kept=["TIRE DEFLATION DEVICE", "STEER TIRE", "FUEL STOP", "HEAD-ON COLLISION", "GRAIN ELEVATOR"])


def test_the_kind_of_road_place_after_its_name_goes_with_it():
    assert_scrubbed("I stopped at the Three Lakes toll plaza. Then a pedestrian at the MARQUETTE INTERCHANGE. We "
                    "staged at the Siskiyou summit.",
                    gone=["Three Lakes", "toll plaza", "INTERCHANGE", "summit"],
                    kept=["I stopped at the"])


def test_an_agency_acronym_and_its_district_in_lower_case():
    assert_scrubbed("me and ofc Hunter from impd northwest. got there and the glass was broke. jcso came later. "
                    "the gps said left, we got maps and tips, and ups trucks were also there.",
                    gone=["impd", "northwest", "jcso"],
                    kept=["gps said left", "maps and tips", "ups trucks were also there"])


def test_a_named_division_written_short():
    assert_scrubbed("INC# 24-1881 TULSA PD GILCREASE DIV. SGT HALE. MEMPHIS PD 2ND PATROL DIV OFC REED #4471.",
                    gone=["GILCREASE", "DIV", "2ND"],
                    kept=["SGT", "OFC"])


def test_a_dashed_date_before_the_writer_goes_on():
    assert_scrubbed("TPR CHASE REPORTING. ON 4-22 I WAS WORKING I-35 NB. ON 10-8 I WAS CLEAR.",
                    gone=["4-22"],
                    kept=["ON 10-8 I WAS CLEAR"])


def test_a_word_surname_in_capitals_where_the_name_acts():
    assert_scrubbed("R/O AND OFC DEMARCUS HILL #2207 WERE SENT. THAT IS HOW HILL FINALLY FOUND ME. WE WENT UP THE "
                    "HILL AFTER.",
                    gone=["HOW HILL"],
                    kept=["UP THE HILL AFTER"])


def test_accented_capitals_and_particles_stay_with_the_name():
    assert_scrubbed("The guy who actually fired, Ángel Luis Rivera Colón, goes by Flaco. Tpr. Pieter ten Brink set "
                    "flares, and ten Brink waved traffic. I counted ten cars.",
                    gone=["Ángel", "ngel", "ten Brink", "Brink"],
                    kept=["ten cars"])


def test_a_unit_number_said_in_words():
    assert_scrubbed('I am Ofc. Hale, car 27. Dispatch called twenty-seven twice. I heard "seventeen, shots '
                    'fired." Then "fourteen sixty-six, you still on that motorist?" We were twenty-seven feet apart. '
                    '"Twenty, maybe thirty yards," he said. "Two, three seconds."',
                    gone=["called twenty-seven", "seventeen", "fourteen sixty-six"],
                    kept=["twenty-seven feet", "Twenty, maybe thirty yards", "Two, three seconds"])


def test_a_town_that_is_an_ordinary_word():
    assert_scrubbed("NEAREST BACKUP WAS IN QUEMADO, OVER AN HOUR, 9 MILES SOUTH OF PIE TOWN.",
                    gone=["QUEMADO", "PIE"],
                    kept=["OVER AN HOUR"])
    assert_scrubbed("I got a call from a roadhouse in Chicken, ninety miles up. He was in Custody, then in Court, "
                    "in trouble.",
                    gone=["Chicken"],
                    kept=["in Custody", "in Court", "in trouble"])


def test_a_road_named_once_then_by_its_number():
    assert_scrubbed("I sat on US 23 by the crossover. The ATVs get across 23 at night. I was there 23 minutes. "
                    "HE WAS DOING 61 IN A 45 ON HWY 61 AND HARVEST SEASON ON 61 IS BUSY.",
                    gone=["across 23", "ON 61 IS"],
                    kept=["23 minutes", "DOING 61 IN A 45"])


def test_a_towns_own_units_and_a_state_police_post():
    assert_scrubbed("Warren unit 22 was primary. Newhall units were secondary. pawtucket fire came. I ran the plate "
                    "through SP Albany. A Parkways Authority plow came through. The fire truck and the unit were "
                    "there.",
                    gone=["Warren", "Newhall", "pawtucket", "Albany", "Parkways"],
                    kept=["The fire truck and the unit were there"])


def test_the_number_of_an_agencys_part_and_of_a_fire_unit():
    assert_scrubbed("Dispatched by VSP Division III to a crash at the 128 mile marker. Medic 56-1 transported.",
                    gone=["III", "128", "56-1"],
                    kept=["to a crash"])


def test_numbers_listed_after_a_plural_kind_and_a_spoken_count():
    assert_scrubbed("I was T3-11 on the closure. In total there were eleven vehicles. We hit the intersection at "
                    "31st on a red. I was sitting at 18th so I got there first.",
                    gone=["31st", "18th"],
                    kept=["eleven vehicles"])


def test_the_letters_of_a_consoles_number_go_with_it():
    assert_scrubbed("DISPATCH (VILLASENOR, DISP 23) PUT OUT A BOLO. WE WERE CODE 3.",
                    gone=[", DISP", "23"],
                    kept=["CODE 3"])


def test_a_time_after_at_before_the_people_who_acted():
    assert_scrubbed("ON MARCH 3 AT 1530 OFFICERS RESPONDED TO THE MALL. THERE WERE 12 OFFICERS AND 1500 PEOPLE.",
                    gone=["1530"],
                    kept=["12 OFFICERS", "1500 PEOPLE"])


@pytest.mark.parametrize(("text", "value", "kept"), [
    ("Incident #: 2023-UOF-118\nOfficers: Ofc. Ruiz", "2023-UOF-118", False),  # a form's next field, not a count
    ("Incident #: 2023-UOF-118 Officers: Ofc. Ruiz", "2023-UOF-118", False),
    ("he was 30 feet away", "30", True),
    ("we fired 12 rounds", "12", True),
    ("there were 3 officers on scene", "3", True),
])
def test_a_measure_follows_on_the_same_line_and_is_no_forms_field(text, value, kept):
    from scrubber.recognizers.ids import kept_number

    assert kept_number(value, text, text.index(value) + len(value)) is kept


def test_round_for_around_in_fast_typing_and_a_round_that_was_fired():
    assert_scrubbed("searched a car on maple round 4 this morning. went back like noon, he fired a round 5 feet "
                    "from me and the round 2 inches low",
                    gone=["round 4", "like noon"],
                    kept=["a round 5 feet", "the round 2 inches"])


def test_a_special_agent_written_s_slash_a():
    assert_scrubbed("S/A Wood, FWC, badge 4471, took the rear.", gone=["Wood", "4471"], kept=["took the rear"])


def test_a_short_call_sign_told_by_a_cad_status_or_an_officers_title_after_it():
    assert_scrubbed("1619 M421 ONSCN\n1622 M423 ADV WHITE POWDER\nSRO S7 OFC MARTIN ADV STUDENT LOCATED",
                    gone=["M421", "M423", "S7", "MARTIN"], kept=["WHITE POWDER", "STUDENT LOCATED"])
    assert_scrubbed("Working M9 for motors. M12 Ofc. Salas handled the crash. K9 Officer Reyes and my M4 came too.",
                    gone=["M9", "M12", "Salas", "Reyes"], kept=["K9 Officer", "my M4"])


def test_a_cars_number_before_the_word_car():
    assert_scrubbed("me and ofc Smith were in 2411 car doing a ped stop. 2422 car picked him up. the 2019 car "
                    "was red, 100 car lengths back.",
                    gone=["2411", "2422"], kept=["the 2019 car", "100 car lengths"])


def test_a_districts_compass_name_in_any_case():
    assert_scrubbed("working car 1A22 in the eastern district midnights. THE SOUTHWEST DIVISION SENT TWO.",
                    gone=["eastern district", "SOUTHWEST DIVISION"], kept=["midnights", "SENT TWO"])


def test_an_acronym_in_capitals_in_lower_case_writing_and_the_agencies_that_need_a_cue():
    assert_scrubbed("he was on the ledge. my partner called ESU and we waited. the FAA got a report.",
                    gone=["ESU", "FAA"], kept=["the ledge"])
    assert_scrubbed("Agg robbery w/ ICE detainer. Black ice on the road.", gone=["ICE detainer"],
                    kept=["Black ice on the road"])


def test_a_division_of_an_acronym_and_an_authoritys_police():
    assert_scrubbed("Ofc. Lee, FWC Div. of Law Enforcement, Tallahassee.", gone=["FWC", "Law Enforcement"],
                    kept=["Ofc."])
    assert_scrubbed("OFFICERS OF THE HOUSING AUTHORITY OF NEW ORLEANS POLICE ASSISTED.",
                    gone=["HOUSING AUTHORITY", "NEW ORLEANS"], kept=["ASSISTED"])


def test_a_street_named_for_a_state_and_the_state_itself():
    assert_scrubbed("Officer Ruiz came in off Colorado and stopped. A run to Fenkell and Wyoming area. WE STOPPED "
                    "IT AT VERMONT. He moved to Ohio and grew up in Texas.",
                    gone=["Colorado", "Wyoming", "VERMONT"], kept=["moved to Ohio", "in Texas"])


def test_a_local_name_given_after_it_or_known_locally():
    assert_scrubbed("the old plant off Route 9, known locally as the Bend. He fled from the Bend.",
                    gone=["Bend"], kept=["the old plant"])
    assert_scrubbed("SERVING A WARRANT AT THE BRICKYARD, WHICH IS WHAT EVERYBODY CALLS THE OLD BRICK PLANT. THE "
                    "BRICKYARD WAS DARK.", gone=["BRICKYARD"], kept=["WAS DARK"])


def test_a_cad_units_line_and_what_cad_remarks_say_after_a_title():
    assert_scrubbed("UNITS M421 M423 E205\n1620 M421 ADV NARCAN DEPLOYED 1 DOSE PT BREATHING\n"
                    "1630 E205 EVAL OFC VITALS NORMAL\nSUP NOTE: OFC HANDLED UNKNOWN POWDER. 1705 SGT TOLLIVER ONSCN",
                    gone=["M421", "M423", "E205", "TOLLIVER"],
                    kept=["NARCAN DEPLOYED 1 DOSE PT", "VITALS NORMAL", "OFC HANDLED UNKNOWN POWDER"])


def test_a_long_code_before_a_word_that_would_make_a_number_a_count():
    assert_scrubbed("INC P24031188  SHOTS FIRED / POSS PERSON SHOT", gone=["P24031188"], kept=["SHOTS FIRED"])


def test_a_surname_that_is_a_kind_of_street_after_a_rank():
    assert_scrubbed("Officer Lane took the rear. Sgt. Court said no. S/A Way, DEA, came in behind.",
                    gone=["Lane", "Court", "Way"], kept=["Officer", "Sgt.", "took the rear"])


def test_a_unit_called_again_by_part_of_its_designator():
    assert_scrubbed("P.O. Tiwari and I were in sector 47D. I put it over as 47D on a car stop.",
                    gone=["47D"], kept=["on a car stop"])
    assert_scrubbed('Ofc. Diaz, unit 62-S3. Me: "S3, 97 in two, starting a traffic break."', gone=["S3"],
                    kept=["97 in two", "traffic break"])


def test_call_signs_of_a_beat_and_a_word_a_battalion_and_a_letter_on_the_air():
    assert_scrubbed('14-david was primary and 12-adam came in behind, a 2-boy team. Battalion C2 said "S2, movement '
                    'in the kitchen." I said "K9, go ahead."',
                    gone=["12-adam", "14-david", "C2", "S2"], kept=["2-boy team", "K9, go ahead"])


def test_a_full_word_title_that_ends_a_sentence_names_no_one():
    assert_scrubbed("A MALE WAS THREATENING THE CLERK. HEAVY SNOW, 8 INCH BANKS ALONG THE CURBS.", gone=[],
                    kept=["HEAVY SNOW, 8 INCH BANKS"])


def test_a_numbered_road_alone_told_by_the_travel_after_it():
    assert_scrubbed("we was working a 10-50 on 35 nb just past the exit. a trailer out on 60 past the store. going 85 "
                    "on 2 lane roads to the 4 way stop.",
                    gone=["35", "60"], kept=["10-50", "going 85", "2 lane roads", "4 way stop"])


def test_a_lettered_road_and_its_letters_again():
    assert_scrubbed("Cattle got out on Route DD by the barn. The chase on DD ended at the creek. ROUTE TO ER.",
                    gone=["DD"], kept=["ROUTE TO ER"])


def test_a_surname_then_the_given_name_after_a_comma():
    assert_scrubbed("WARRANT TILLMAN, RODERICK DOB 03/1989. INMATES LOPEZ-GUTIERREZ, FABIAN bkg 4412, rival gang.",
                    gone=["TILLMAN", "RODERICK", "LOPEZ", "FABIAN"], kept=["rival gang"])


def test_a_phonetic_call_sign_someone_was_even_when_the_word_is_a_name():
    assert_scrubbed("I was Mary 12 that night. Officer Ruiz was Nora 4. He signed on as Lincoln 7, copy.",
                    gone=["Mary 12", "Nora 4", "Lincoln 7", "Ruiz"], kept=["that night", "copy"])


def test_a_possessive_typed_without_its_apostrophe_is_the_same_person():
    result = Scrubber.shared().scrub("me and price went in. the car jumped forward with prices arm still inside. "
                                     "grocery prices went up.")
    assert "prices arm" not in result.text and "grocery prices went up" in result.text
    assert result.text.count("[PERSON 1]") + result.text.count("[OFFICER 1]") == 2, result.text
    # two people whose names differ by an s are still two ("Rhode" is not a possessive of "Rhodes")
    result = Scrubber.shared().scrub("Ofc. Rhode took the front. Sgt. Rhodes took the back.")
    assert "[OFFICER 1]" in result.text and "[OFFICER 2]" in result.text, result.text
    assert_scrubbed("OFC GRANT WAS ON FOOT. THE SEMI CLIPPED GRANTS MIRROR. GRANTS FOR VESTS CAME IN.",
                    gone=["GRANT ", "GRANTS MIRROR"], kept=["GRANTS FOR VESTS"])


def test_a_numbered_street_before_a_clock_time_in_phone_typing():
    assert_scrubbed("dv call at a duplex by 72nd round 2200. stop on broadway at 31st bout 0100.",
                    gone=["72nd", "31st"], kept=["dv call"])
    assert_scrubbed("he was done by 3rd period and it was by 2nd shift.", gone=[],
                    kept=["by 3rd period", "by 2nd shift"])


def test_a_dropped_g_is_no_name_and_a_co_detector_no_corrections_officer():
    assert_scrubbed("diesel leakin all over the lanes. i was kneelin over him. carry a co detector on your vest, "
                    "wait for the co responder. CO DETECTOR WENT OFF. co hall was on the tier.",
                    gone=["hall"], kept=["diesel leakin", "kneelin", "co detector", "co responder", "CO DETECTOR"])


def test_a_county_office_typed_in_lower_case_and_a_squad_pushed_a_distance():
    assert_scrubbed("polk so. burglary suspect ran. i called hinds so deputies for the perimeter.",
                    gone=["polk", "hinds"], kept=["burglary suspect"])
    assert_scrubbed("the truck slid into our squad and pushed our squad 10 feet. Squad 10 took over.",
                    gone=["Squad 10"], kept=["pushed our squad 10 feet"])


def test_a_flight_number_with_its_airline_code_and_the_trades_own_acronyms():
    assert_scrubbed("We flew back on flight AS 87 on the 4th. He took flight 2231 home. Up a flight 3 of stairs. "
                    "No release before the AFIS return.",
                    gone=["AS 87", "2231"], kept=["flight 3 of stairs", "AFIS return"])


def test_a_troops_lettered_call_sign_said_as_one_or_heard_twice_but_not_a_rifle_or_a_truck():
    assert_scrubbed("I WAS ASSIGNED AS F-7 AND HAD A RADIO ON GROUND CONTROL. Tpr. Hale, vessel F-31. "
                    "H-41 ENRT. H-41 STARTED A ROLLING BLOCK W/ H-17.",
                    gone=["F-7", "F-31", "H-41", "H-17"], kept=["GROUND CONTROL", "ROLLING BLOCK"])
    assert_scrubbed("I was carrying an AR-15 and he had an AK-47. I drove as F-150 owners do.",
                    gone=[], kept=["AR-15", "AK-47", "F-150"])


def test_the_first_day_of_a_season_and_other_days_written_casually():
    assert_scrubbed("On the opening day of rifle season I was checking. working xmas eve approx 1930. the walleye "
                    "opener. Fake Patty's Day detail. June 21, the solstice, I got a call.",
                    gone=["opening day", "rifle season", "xmas", "walleye", "Patty", "solstice"],
                    kept=["I was checking", "detail"])
    assert_scrubbed("the garage door opener. the opening of the door. the store's grand opening day sale.", gone=[],
                    kept=["garage door opener", "opening of the door", "grand opening day sale"])


def test_a_precinct_said_digit_by_digit_and_a_unit_after_an_officers_comma():
    assert_scrubbed("wanted for a robbery out of the 4-7. me and po fernandez, psa 5, went up. it was the 3-2 count.",
                    gone=["4-7", "fernandez", "psa 5"], kept=["3-2 count"])


def test_a_loose_hour_with_ish_in_every_shape():
    result = Scrubber.shared().scrub("guy ran round 12 30ish. 11ish pm we cleared, back out at 0200ish and 2130ish.")
    assert [f.entity_type for f in result.findings] == ["TIME"] * 4, result.findings


def test_a_ten_codes_number_starts_no_street_and_radio_words_in_quotes_are_no_nickname():
    assert_scrubbed('CAD: 2B6 10-38 Court and Main. I called "214 10-15 one" and I CALLED "CODE RED 3A" ON THE RADIO. '
                    'We called him "Big Mike". The instructor called "cease fire, cease fire". Command called "all '
                    'units, evacuate now". Behind the plexiglass, a guy in a minivan. Her brother, who the family '
                    'calls "Jun-Jun," stopped answering.',
                    gone=["Court", "Main", "Big Mike", "Jun-Jun"],
                    kept=["10-38", "10-15 one", "CODE RED 3A", "cease fire, cease fire", "all units, evacuate now",
                          "plexiglass", "minivan"])
    assert_scrubbed('RADIO: "10-DAVID-4 10-50 POSSIBLE WRONG WAY DRIVER I-10 EASTBOUND"', gone=["10-DAVID-4"],
                    kept=["10-50 POSSIBLE WRONG WAY DRIVER"])


def test_a_zone_in_capitals_needs_its_number_or_letter():
    assert_scrubbed("TRAVELING 85 MPH IN A 45 ZONE ON PINE. WE ENTERED A SCHOOL ZONE ON OAK. I WORKED ZONE 3.",
                    gone=["PINE", "OAK", "ZONE 3"], kept=["45 ZONE ON", "SCHOOL ZONE ON"])


def test_a_state_code_before_a_time_or_a_speed_and_a_hospital_code_and_the_trades_words():
    assert_scrubbed("SPECIAL RESPONSE ARRIVED IN 90 SECONDS. BACKUP ARRIVED IN 4 MIN. HE WENT BY AT 40 OR 50 MPH.",
                    gone=[], kept=["IN 90 SECONDS", "IN 4 MIN", "40 OR 50 MPH"])
    assert_scrubbed('Ask the charge nurse what a "Code Gray" sounds like. Read the VIN over Ops 1 on Jail Ops. It was '
                    "an airsoft pistol. We bagged him with a BVM. Sgt Rose set a perimeter. A civil standby. "
                    "ONE OUNCE OF METHAMPHETAMINE.", gone=["Rose"],
                    kept=["Code Gray", "Ops 1 on Jail Ops", "airsoft", "BVM", "civil standby", "METHAMPHETAMINE"])


def test_clauses_in_lower_case_that_look_like_streets_or_names():
    assert_scrubbed("one officer can't walk and block. slow down in winter and park off the bridge. i was boxing up "
                    "clothes and didnt see them. we went down main and left. officer o'brien came.",
                    gone=["main", "o'brien"],
                    kept=["officer can't walk", "winter and park", "up clothes and"])


def test_gear_readings_and_markings_that_look_like_identifiers():
    assert_scrubbed("Initiated high-risk stop. Turn around at 1000 psi. FD read CO 400+ ppm in unit. PLACARD UN1005 "
                    "ANHYDROUS AMMONIA. I switched to my Mini-14. It was a .22-250. Weapon in the MRI lockbox. 14 FCCs "
                    "on scene. fire shut the valve with scba on.", gone=[],
                    kept=["Initiated high-risk", "1000 psi", "CO 400+ ppm", "UN1005", "Mini-14", ".22-250", "MRI",
                          "FCCs", "with scba on"])



def test_a_dictated_report_its_days_times_and_call_signs_said_in_words():
    assert_scrubbed("near miss from last friday the twelfth round two in the morning. this is from the third uh me "
                    "and my partner were four adam twelve. on the fourteenth at about oh three forty I responded. at "
                    "like two three hundred hours we got a robbery. around five fifteen am I hit a deer, round nine "
                    "fifty right when the show ended, round one thirty in the afternoon I was back.",
                    gone=["twelfth", "third", "four adam twelve", "fourteenth", "oh three forty",
                          "two three hundred", "five fifteen", "nine fifty", "one thirty"],
                    kept=["me and my partner", "I responded", "we got a robbery", "I hit a deer"])
    assert_scrubbed("plate was h k l dash seven seven one five and I lit it up. booking number zero four one seven "
                    "seven two. the rider was plate m c five six two k.",
                    gone=["h k l dash seven seven one five", "zero four one seven seven two", "m c five six two k"],
                    kept=["I lit it up"])
    assert_scrubbed("we got on i-ninety five southbound, then interstate two thirty five, route forty three to mile "
                    "marker four fifty two. the tag came back 8 e x 2 9 4 1 stolen. last weds the 17th again.",
                    gone=["ninety five", "two thirty five", "forty three", "four fifty two", "8 e x 2 9 4 1", "weds"],
                    kept=["southbound", "stolen"])


def test_said_numbers_that_are_counts_measures_or_ordinals_stay():
    assert_scrubbed("he was about two thirty feet away going about one twenty mph in a 4 x 4 truck. it was on the "
                    "third try, on the second floor, from the first day. one two three go. i fired two three rounds.",
                    gone=[], kept=["two thirty feet", "one twenty mph", "a 4 x 4 truck", "the third try",
                                   "the second floor", "the first day", "one two three go", "two three rounds"])


def test_a_holidays_night_half_past_midnight_and_a_time_after_bout():
    assert_scrubbed("so thanksgiving night i got sent out. welfare check round half past midnight. bout 2130 shots "
                    "fired.", gone=["thanksgiving night", "half past midnight", "2130"],
                    kept=["i got sent out", "welfare check", "shots fired"])


def test_a_partners_possessive_typed_without_its_apostrophe_before_what_they_said_or_did():
    assert_scrubbed("me n fitzgerald went in. fitzgeralds first week out of fto. fox said so, foxs words not mine. "
                    "rose was right, roses idea to bring the extinguisher.",
                    gone=["fitzgerald", "fox", "rose"],
                    kept=["first week out of fto", "idea to bring the extinguisher"])


def test_a_street_typed_bare_in_lower_case_where_what_follows_places_it():
    assert_scrubbed("down on dauphin by the tracks. a call on boniface bout 60. a duplex off dodge by 72nd round "
                    "2330.", gone=["dauphin", "boniface", "dodge"], kept=["by the tracks"])
    assert_scrubbed("he was on fentanyl by then. we went on foot by the river. he was off duty by then. i stepped "
                    "off balance near the car. he got off easy by a mile.", gone=[],
                    kept=["on fentanyl by then", "on foot by the river", "off duty by then", "off balance near",
                          "off easy by a mile"])



def test_readings_after_what_they_measure_and_a_dropped_g_are_no_model_guess():
    assert_scrubbed("R/O attempted TS for speeding 72 in a 45. It was 98 degrees with a heat index of 112. BLOOD "
                    "SUGAR: 38. vitals fine o2 98. HR 140 per medics. carbon monoxide.",
                    gone=[], kept=["speeding 72 in a 45", "heat index of 112", "SUGAR: 38", "o2 98", "HR 140",
                                   "carbon monoxide"])
    assert_scrubbed("diesel leakin all over the lanes and the driver was hollerin at us", gone=[],
                    kept=["diesel leakin all over", "hollerin"])


def test_counts_a_magazine_and_a_deer_in_capitals_are_no_identifiers():
    assert_scrubbed("UNITS RESP CODE 3, SILENT LAST 2 BLOCKS. RIFLE WAS AN AR PISTOL, 30 RD MAG, 14 RDS LEFT. A LARGE "
                    "BUCK CAME OUT OF THE DITCH.", gone=[],
                    kept=["SILENT LAST 2 BLOCKS", "30 RD MAG", "LARGE BUCK"])
    assert_scrubbed("he lives at 30 Rd 12 and i had a 17 rd magazine", gone=["30 Rd 12"], kept=["17 rd magazine"])


def test_a_street_number_under_which_and_an_hour_in_the_am_or_something_pm():
    result = Scrubber.shared().scrub("went into a culvert under 19th and i followed. at 5:30 in the am we left. "
                                     "around 6 something pm we came back. at 4 in the pm. there were 4 something guys.")
    assert [f.text for f in result.findings] == ["19th", "5:30 in the am", "around 6 something pm", "4 in the pm"], \
        result.findings
    assert [f.placeholder for f in result.findings][1:] == ["[0001-0600]", "[TIME]", "[1201-1800]"]


def test_in_capitals_a_range_of_counts_and_what_is_in_hand_are_no_places():
    assert_scrubbed("5 OR 6 MEMBERS OF THE FAMILY WERE WAITING. OFFICER WITH OC IN HAND. TOOK OR 22 NORTH.",
                    gone=["OR 22"], kept=["5 OR 6 MEMBERS", "OC IN HAND"])


def test_an_airports_runways_taxiways_concourses_and_terminals():
    assert_scrubbed("crossed the hold short line for Rwy 17C approx 20 ft in fog. waited at Concourse B and "
                    "Terminal 2. taxiway B was closed. 2 runways were open.",
                    gone=["17C", "Concourse B", "Terminal 2", "taxiway B"], kept=["Rwy", "2 runways", "20 ft"])



def test_a_clock_time_after_bout_is_no_case_number_after_so():
    result = Scrubber.shared().scrub("ok so bout 0140 me and hall stopped a car. SO 24-1234 was the case.")
    assert [(f.text, f.placeholder) for f in result.findings if f.entity_type in ("TIME", "ID")] == [
        ("0140", "[0001-0600]"), ("24-1234", "[CASE NUMBER]")], result.findings


def test_a_nickname_without_quotes_after_who_calls_them_and_a_bare_street_named_for_a_city():
    assert_scrubbed("guy everybody calls biscuit was out front yelling. a dude they call lil smoke ran. what we "
                    "call a soft stop. the man we called dispatch about.",
                    gone=["biscuit", "lil smoke"], kept=["call a soft stop", "called dispatch about"])
    assert_scrubbed("the motel on washington bout 2300. went to the house on kensington w 4 guys. he was on patrol "
                    "near the park, on foot by the river.", gone=["washington", "kensington"],
                    kept=["on patrol near the park", "on foot by the river", "w 4 guys"])


def test_two_number_call_signs_after_who_says_them_but_not_a_shifts_hours():
    assert_scrubbed("working scout 9-31 out of the district. WORKING 3-12 FOR THE SO. i called it out, im 7-14 on "
                    "the radio. THE PURSUING DEPUTY WAS 2-14. as Agent 8-41 with Sgt. Ruiz.",
                    gone=["9-31", "3-12", "7-14", "2-14", "8-41"], kept=["scout", "WORKING", "im"])
    assert_scrubbed("I was working 7-3 shift that week. he was 5-10 and about 180.", gone=[],
                    kept=["working 7-3 shift", "5-10 and about 180"])


def test_oclock_times_but_not_a_clock_face_and_a_time_said_with_the_part_of_its_day():
    result = Scrubber.shared().scrub("around 4 o'clock we got the call. at five oclock in the morning he left. "
                                     "it was 1045 at night. like 1130 at night. she was at my 2 o'clock, the 12 "
                                     "o'clock of the aircraft.")
    assert [(f.text, f.placeholder) for f in result.findings] == [
        ("around 4 o'clock", "[TIME]"), ("five oclock in the morning", "[0001-0600]"),
        ("1045 at night", "[1801-2400]"), ("1130 at night", "[1801-2400]")], result.findings
    assert "we got the call" in result.text and "my 2 o'clock, the 12 o'clock" in result.text


def test_land_named_before_or_after_a_word_no_dictionary_knows_is_a_place():
    result = Scrubber.shared().scrub("we were on lake havasu near the dam. welfare check on munjoy hill. the fight "
                                     "was behind the wampanoag thread mill. went out to mount tabor.")
    places = [f.text for f in result.findings if f.entity_type == "PLACE"]
    assert places == ["lake havasu", "munjoy hill", "wampanoag thread mill", "mount tabor"], result.findings


def test_a_rarer_first_name_before_a_guessed_surname_in_lower_case_joins_it():
    assert_scrubbed("it hit the guy next to me in the shoulder pa vang and glanced off", gone=["pa vang"],
                    kept=["in the shoulder", "glanced off"])


def test_a_weekday_after_a_title_is_a_surname_and_a_weekday_alone_no_date():
    result = Scrubber.shared().scrub("Late on a Friday night I responded with Sgt. Friday to an alarm. Friday "
                                     "told me to wait. We left at 3 am on Friday morning. I called Sgt. Monday "
                                     "morning.")
    assert result.text == ("Late on a Friday night I responded with Sgt. [OFFICER 1] to an alarm. [OFFICER 1] told "
                           "me to wait. We left at [0001-0600] on Friday morning. I called Sgt. Monday morning."), \
        result.text


def test_an_ordinary_word_before_a_time_is_no_identifier():
    assert_scrubbed("the shift ended 10 at night", gone=["10 at night"], kept=["the shift ended"])


def test_a_partner_or_a_boyfriend_called_by_a_word_the_trade_uses_as_an_acronym():
    assert_scrubbed("so me and my partner dre get sent out. caller said her bf dre was drunk. the DRE was called.",
                    gone=["dre get", "dre was"], kept=["the DRE was called"])


def test_an_address_in_lower_case_in_a_mixed_text_and_its_street_again_with_its_suffix():
    result = Scrubber.shared().scrub("We served a warrant at 2219 w vine st in Kissimmee. The caller said 1500 Pine "
                                     "Ct, not pine st. He fired 3 rounds down the st. I stood 100 feet up the rd.")
    assert [f.text for f in result.findings if f.entity_type == "PLACE"] == [
        "2219 w vine st", "Kissimmee", "1500 Pine Ct", "pine st"], result.findings


def test_a_house_number_after_at_is_no_military_time_before_a_street():
    result = Scrubber.shared().scrub("burglary in progress at 1500 Pine but the caller said Elm. at 2300 Denver PD "
                                     "called.")
    found = [(f.text, f.entity_type) for f in result.findings]
    assert ("1500 Pine", "PLACE") in found and ("2300", "TIME") in found, result.findings


def test_a_corner_of_two_streets_is_one_place():
    result = Scrubber.shared().scrub("He had both Washington St at King St, and Elm St & 5th Ave covered.")
    assert result.text == "He had both [LOCATION 1], and [LOCATION 2] covered.", result.text


def test_a_call_sign_in_brackets_after_a_name_and_an_age_after_in_his_in_capitals():
    assert_scrubbed("Sgt Dunmore (40S) terminated. Sgt. Okafor (15S) rolled.", gone=["40S", "15S"],
                    kept=["terminated", "rolled"])
    assert_scrubbed("a male in his (40S) ran", gone=[], kept=["in his (40S) ran"])
    assert_scrubbed("SUSPECT IS A MALE IN HIS 40S, WHITE SHIRT. SILVER CAMRY KY D8K 447 FLED.", gone=["D8K 447"],
                    kept=["A MALE IN HIS 40S, WHITE SHIRT"])


def test_a_bare_street_where_someone_lives_or_a_building_stands_on_it():
    assert_scrubbed("he lived over on magnolia. we went to a house on pine and knocked. the motel on admiral was dark.",
                    gone=["magnolia", "pine", "admiral"], kept=["lived over on", "a house on", "the motel on"])
    assert_scrubbed("the house on fire was empty. he lives on disability and stays on campus. the car on blocks.",
                    gone=[], kept=["house on fire", "lives on disability", "stays on campus", "car on blocks"])


def test_casual_corners_families_land_and_the_partner_after_me_n():
    assert_scrubbed("so me n dre were in the car. posted at the corner of hollins n bay. on rutledge n central i "
                    "rolled up. some guys were fishing millers pond. a trailer off o malley.",
                    gone=["dre", "hollins", "bay", "central", "millers pond", "o malley"],
                    kept=["so me n", "posted at the corner of", "i rolled up", "some guys were fishing"])


def test_a_two_number_call_sign_by_what_it_does_and_an_hour_without_its_colon():
    assert_scrubbed("guy went out the back n 8-40 got him. 65-12 copied. he showed up at like 630 lol. i called "
                    "10-78.", gone=["8-40", "65-12", "630"], kept=["got him", "copied", "10-78"])
    assert_scrubbed("we won 8-40 at the range", gone=[], kept=["won 8-40 at the range"])


def test_st_pattys_a_lower_case_area_command_and_a_family_camp_or_kitchen():
    assert_scrubbed("st pattys down by the river. thought it was funny. apd sw area cmd. coffee at mae's kitchen. "
                    "a warrant at the dubois camp.", gone=["pattys", "sw area cmd", "mae's kitchen", "dubois camp"],
                    kept=["thought it was funny", "coffee at"])


def test_a_surname_that_is_a_word_where_the_clause_gives_it_a_persons_part():
    result = Scrubber.shared().scrub(
        "We got a tip from the Capri Motel. Frost and me were on a disabled. Rivers was the third officer. Dot, the "
        "night clerk who's been there forever, called it in. Moody was driving, I was riding. Inside, the clerk was "
        "hiding. Dispatch and I were on the phone. Nobody was driving. Friday, the day after, we went back.")
    assert [f.text for f in result.findings if f.entity_type == "PERSON"] == ["Frost", "Rivers", "Dot", "Moody"], \
        result.findings
    assert "Inside, the clerk" in result.text and "Friday, the day after" in result.text


def test_a_business_named_in_capitals_opening_a_sentence_before_its_street():
    assert_scrubbed("Ok so. The Tap Room on Division Street, pool table call. Officers on Main Street were busy.",
                    gone=["Tap Room"], kept=["Ok so. The", "pool table call", "Officers on"])


def test_a_speed_in_a_limit_after_a_states_code_and_a_count_after_approx_stay():
    assert_scrubbed("MOTOR UNIT MTR-8 STOP FOR SPEED 67 IN 45 ON SR 87. I STOPPED HIM FOR 92 MPH IN AN 80. SILVER "
                    "DURANGO IL DT 77 213 FLED. CROWD APPROX 400, PEACEFUL.", gone=["DT 77 213", "SR 87"],
                    kept=["67 IN 45 ON", "92 MPH IN AN 80", "APPROX 400"])


def test_casual_and_and_everyday_things_in_lower_case_and_an_article_after_a_cell():
    assert_scrubbed("i found it on north temple n did a high risk stop. i had him hands out the window n waited till "
                    "becca got there.", gone=["temple", "becca"], kept=["n did a high risk stop", "n waited"])
    assert_scrubbed("As we escorted him back toward the holding cell a woman in the front row leaned over. Inmate in "
                    "cell A was fine.", gone=["cell A"], kept=["holding cell a woman"])


def test_midnight_ish_an_hour_on_the_dot_and_intox():
    assert_scrubbed("Graduation weekend, midnight-ish, we got a call. Dot called it in at 4 on the dot. D1 showed "
                    "obvious signs, odor of intox, slurred speech.", gone=["midnight", "4 on"],
                    kept=["on the dot", "odor of intox"])


def test_a_station_number_and_a_buildings_lettered_parts():
    assert_scrubbed("Officer Lane, Station 3418. Call rec'd at info desk A-Tower, then C tower. I WAS POSTED IN REC "
                    "YARD B. A tower crane fell. the gas station 5 minutes away.",
                    gone=["3418", "A-Tower", "C tower", "YARD B"], kept=["A tower crane", "station 5 minutes"])


def test_a_rarer_surname_by_what_only_a_person_does_on_a_call():
    assert_scrubbed("The radio was on the wrong channel too. Hickey had to come get me out. Then Pike was arrested for "
                    "assault. Help showed up later. Backup got there in 4 minutes. Fire pulled up.",
                    gone=["Hickey", "Pike"], kept=["Help showed up", "Backup got there", "Fire pulled up"])


def test_what_one_is_at_on_a_street_is_a_business_unless_it_is_a_kind_of_thing():
    assert_scrubbed("bar fight at the anchor on elm at close. we met at the light on main. stopped at the bus stop on "
                    "5th. outside the old mill on river rd.", gone=["anchor"],
                    kept=["at the light on", "at the bus stop on", "outside the old mill on"])


def test_dictated_days_months_interstates_case_numbers_units_and_nicknames():
    result = Scrubber.shared().scrub(
        "on march third around nine pm i took a report. on saturday august tenth we went. on the thirtieth male not "
        "breathing. on the ninth dispatch was slow. on the tenth time he ran. i may second that. on I forty four "
        "eastbound. i ten times told him. case two four dash zero three three one five period. she said her friends "
        "call her bree. i was driving squad two one four. until medic fourteen got there. unit two of the course.")
    assert [f.text for f in result.findings] == [
        "march third", "nine pm", "saturday august tenth", "the thirtieth", "the ninth", "I forty four",
        "two four dash zero three three one five", "bree", "squad two one four", "medic fourteen"], result.findings


def test_chat_speakers_ordinal_streets_after_on_and_a_subject_with_a_partner():
    result = Scrubber.shared().scrub(
        "Moose: so that DV last night was wild\nMoose: we get there like 2315\nBecca: and we did the dumb thing lol\n"
        "Becca: i went down the hallway\nLesson: call it out\n"
        "I chased him from the walmart on 116th back behind the mall. Bar fight at Rosie's on 3rd right at close. we "
        "live on 3rd floor. on 2nd thought. I rolled my ankle. Dre and Becca had NO idea where i was.")
    people = {f.text for f in result.findings if f.entity_type == "PERSON"}
    assert {"Moose", "Becca", "Dre"} <= people and "Lesson" not in people, result.findings
    assert "on 3rd floor" in result.text and "on 2nd thought" in result.text and "116th" not in result.text


def test_places_known_by_everyday_words_in_casual_text():
    assert_scrubbed("bar fight at the anchor on haverly at close. we stood at the light on haverly. posted at the "
                    "corner of hollins n bay. everybody knows the bluffs is bad. the bucket is a dive everybody goes "
                    "to. the car is a wreck. we parked at the house on fire. he didnt get there til 8",
                    gone=["anchor", "haverly", "bay", "bluffs", "bucket", "til 8"],
                    kept=["at the light on", "the car is a wreck", "the house on fire", "til"])


def test_casual_hours_after_at_after_and_until_a_range_of_them_and_midnite():
    result = Scrubber.shared().scrub("round two we rolled up. at 2 we rolled up. after 2 the bars let out. we were "
                                     "out till 3. between 2 and 3 in the morning. from 11 to 2 we sat on it. round "
                                     "midnite we got sent. call came in at 1 something. we looked at 3 of them.")
    assert [f.text for f in result.findings] == ["two", "2", "2", "3", "2", "3 in the morning", "11", "2",
                                                 "midnite", "1 something"], result.findings


def test_characters_read_out_and_a_name_spelled_letter_by_letter():
    assert_scrubbed("i read the vin it was one g four h p five two k x five u one two three and it came back. plate "
                    "six x ray yankee one two three it comes out weird. this is officer oluwaseun adeyemi o l u w a s "
                    "e u n.", gone=["one g four", "yankee one two three", "o l u w a s e u n"],
                    kept=["and it came back", "it comes out weird"])


def test_a_short_dashed_number_after_no_and_hazmat_is_the_trades_word():
    assert_scrubbed("ROLL CALL TRAINING BULLETIN No. 24-07 FROM: Training Section. case no. 12-4 was filed. Haz 1 "
                    "was the hazmat unit. we were 3-4 blocks away. Ulster County HazMat came. Hazmat 22 was staged.",
                    gone=["24-07", "12-4", "Haz 1", "Ulster County HazMat", "Hazmat 22"],
                    kept=["hazmat unit", "3-4 blocks away"])


def test_a_dispatch_centre_named_in_one_word_with_its_com():
    assert_scrubbed("we called MetCom for a 10-28. SouthCom dispatched us. KITCOM TOLD US. the Intercom was dead.",
                    gone=["MetCom", "SouthCom", "KITCOM"], kept=["the Intercom was dead", "10-28"])
