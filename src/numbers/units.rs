//! Units of measure and time: spellings → canonical symbol.
//!
//! A spelling is a token sequence written as a string: a space separates
//! tokens, no space means they touch (`km/h` is `km` `/` `h`, `°C` is `°`
//! `C`). Words match in any case; symbols match exactly (`MW` is not `mW`).

use super::cursor::Cursor;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Written {
    /// A word or phrase, any case, any spacing (`kilometres`, `degrees Celsius`).
    Word,
    /// A symbol, exact case, attached or after a space (`km`, `MW`).
    Symbol,
    /// A one-letter symbol, exact case, only against the numeral (`5m`,
    /// `5t`, `40C`): spaced, these letters are too often something else.
    /// (`in` is not in the table at all: only `inch`/`inches` are inches.)
    Attached,
}

#[derive(Debug)]
pub(crate) struct Unit {
    /// Canonical symbol (`km`, `°C`), or the time unit's name (`year`).
    pub symbol: &'static str,
    /// A time unit: the amount is a duration.
    pub time: bool,
    pub written: Written,
    pub spellings: &'static [&'static str],
}

const fn word(symbol: &'static str, spellings: &'static [&'static str]) -> Unit {
    Unit { symbol, time: false, written: Written::Word, spellings }
}

const fn symbol(symbol: &'static str, spellings: &'static [&'static str]) -> Unit {
    Unit { symbol, time: false, written: Written::Symbol, spellings }
}

const fn attached(symbol: &'static str, spellings: &'static [&'static str]) -> Unit {
    Unit { symbol, time: false, written: Written::Attached, spellings }
}

const fn time(symbol: &'static str, spellings: &'static [&'static str]) -> Unit {
    Unit { symbol, time: true, written: Written::Word, spellings }
}

pub(crate) const UNITS: &[Unit] = &[
    // Length
    word("km", &["kilometre", "kilometres", "kilometer", "kilometers"]),
    word("m", &["metre", "metres", "meter", "meters"]),
    word("cm", &["centimetre", "centimetres", "centimeter", "centimeters"]),
    word("mm", &["millimetre", "millimetres", "millimeter", "millimeters"]),
    word("nmi", &["nautical mile", "nautical miles"]),
    word("mi", &["mile", "miles"]),
    word("ft", &["foot", "feet"]),
    word("in", &["inch", "inches"]),
    word("yd", &["yard", "yards"]),
    symbol("km", &["km", "kms", "Km", "KM"]),
    symbol("cm", &["cm"]),
    symbol("mm", &["mm"]),
    symbol("mi", &["mi"]),
    symbol("nmi", &["nmi"]),
    symbol("ft", &["ft"]),
    attached("m", &["m"]),
    // Area and volume
    word(
        "km²",
        &[
            "square kilometre", "square kilometres", "square kilometer", "square kilometers",
            "sq km", "square-kilometre", "square-kilometer",
        ],
    ),
    word(
        "m²",
        &[
            "square metre", "square metres", "square meter", "square meters", "square-metre",
            "square-meter",
        ],
    ),
    word("mi²", &["square mile", "square miles", "sq mi", "square-mile"]),
    word("ft²", &["square foot", "square feet", "sq ft", "square-foot", "square-feet"]),
    word("m³", &["cubic metre", "cubic metres", "cubic meter", "cubic meters"]),
    word("ha", &["hectare", "hectares"]),
    word("ac", &["acre", "acres"]),
    symbol("km²", &["km²", "km2", "sq km"]),
    symbol("m²", &["m²", "m2", "sq m"]),
    attached("ha", &["ha"]),
    word("L", &["litre", "litres", "liter", "liters"]),
    word("mL", &["millilitre", "millilitres", "milliliter", "milliliters"]),
    word("gal", &["gallon", "gallons"]),
    word("bbl/d", &["barrels per day", "barrels a day", "bpd"]),
    word("bbl", &["barrel", "barrels"]),
    attached("L", &["L", "l"]),
    symbol("mL", &["ml", "mL"]),
    // Mass
    word("kg", &["kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"]),
    word("g", &["gram", "grams", "gramme", "grammes"]),
    word("mg", &["milligram", "milligrams", "milligramme", "milligrammes"]),
    word("µg", &["microgram", "micrograms", "microgramme", "microgrammes"]),
    symbol("µg", &["µg", "μg"]),
    word("t", &["tonne", "tonnes", "ton", "tons", "metric ton", "metric tons"]),
    word("lb", &["pound", "pounds"]),
    word("oz", &["ounce", "ounces"]),
    word("kt", &["kiloton", "kilotons", "kilotonne", "kilotonnes"]),
    word("Mt", &["megaton", "megatons", "megatonne", "megatonnes"]),
    symbol("kg", &["kg", "kgs"]),
    symbol("mg", &["mg"]),
    symbol("lb", &["lb", "lbs"]),
    symbol("oz", &["oz"]),
    symbol("kt", &["kt"]),
    attached("g", &["g"]),
    attached("t", &["t"]),
    // Speed
    word(
        "km/h",
        &[
            "kilometres per hour", "kilometers per hour", "kilometres an hour",
            "kilometers an hour", "km per hour", "km an hour",
        ],
    ),
    word("mph", &["miles per hour", "miles an hour"]),
    word("kn", &["knot", "knots"]),
    symbol("km/h", &["km/h", "kph", "kmh", "kmph", "km/hr"]),
    symbol("mph", &["mph"]),
    // Temperature and angle
    word(
        "°C",
        &[
            "degrees Celsius", "degree Celsius", "degrees centigrade", "degrees C", "Celsius",
            "centigrade", "deg C",
        ],
    ),
    word("°F", &["degrees Fahrenheit", "degree Fahrenheit", "degrees F", "Fahrenheit", "deg F"]),
    word("°", &["degree", "degrees"]),
    symbol("°C", &["°C", "° C", "℃"]),
    symbol("°F", &["°F", "° F", "℉"]),
    symbol("°", &["°"]),
    // `40C` in British style; only glued to the number.
    attached("°C", &["C"]),
    attached("°F", &["F"]),
    // Power, energy, data
    word("MW", &["megawatt", "megawatts"]),
    word("GW", &["gigawatt", "gigawatts"]),
    word("kW", &["kilowatt", "kilowatts"]),
    word("kWh", &["kilowatt-hour", "kilowatt-hours", "kilowatt hour", "kilowatt hours"]),
    word("MWh", &["megawatt-hour", "megawatt-hours", "megawatt hour", "megawatt hours"]),
    word("GB", &["gigabyte", "gigabytes"]),
    word("TB", &["terabyte", "terabytes"]),
    word("MB", &["megabyte", "megabytes"]),
    symbol("MW", &["MW"]),
    symbol("GW", &["GW"]),
    symbol("kW", &["kW"]),
    symbol("kWh", &["kWh"]),
    symbol("MWh", &["MWh"]),
    symbol("GWh", &["GWh"]),
    symbol("TWh", &["TWh"]),
    symbol("GB", &["GB"]),
    symbol("TB", &["TB"]),
    symbol("MB", &["MB"]),
    // Finance: hundredths of a percentage point.
    word("bp", &["basis point", "basis points"]),
    symbol("bp", &["bps"]),
    // Time
    time("second", &["second", "seconds", "sec", "secs"]),
    time("minute", &["minute", "minutes", "min", "mins"]),
    time("hour", &["hour", "hours", "hr", "hrs"]),
    time("day", &["day", "days"]),
    time("week", &["week", "weeks"]),
    time("month", &["month", "months"]),
    time("year", &["year", "years", "yr", "yrs"]),
    time("decade", &["decade", "decades"]),
    time("century", &["century", "centuries"]),
];

/// The longest unit spelled at token `j`, right after an amount, with its end.
pub(crate) fn at(cur: &Cursor<'_, '_>, j: usize) -> Option<(&'static Unit, usize)> {
    if !(cur.is_word(j) || cur.kind(j) == Some(crate::text::TokenKind::Punct)) {
        return None;
    }
    let mut best: Option<(&'static Unit, usize)> = None;
    for unit in UNITS {
        if unit.written == Written::Attached && !cur.attached(j) {
            continue;
        }
        let case_sensitive = unit.written != Written::Word;
        for spelling in unit.spellings {
            if let Some(end) = cur.match_form(j, spelling, case_sensitive) {
                if best.is_none_or(|(_, e)| end > e) {
                    best = Some((unit, end));
                }
            }
        }
    }
    // A unit ends its word: `5 km` but not the `m` of `5 m-class`.
    best.filter(|&(_, end)| !(cur.attached(end) && cur.is_word(end)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn unit_after_number(text: &str) -> Option<(&'static str, String)> {
        let doc = Document::parse(text);
        let cur = Cursor::new(&doc);
        at(&cur, 1).map(|(u, end)| (u.symbol, cur.span(1, end).of(text).to_string()))
    }

    #[test]
    fn spellings() {
        assert_eq!(unit_after_number("1,587km-long"), Some(("km", "km".into())));
        assert_eq!(unit_after_number("80 km/h winds"), Some(("km/h", "km/h".into())));
        assert_eq!(unit_after_number("5°C today"), Some(("°C", "°C".into())));
        assert_eq!(unit_after_number("30 degrees Celsius"), Some(("°C", "degrees Celsius".into())));
        assert_eq!(unit_after_number("3 nautical miles"), Some(("nmi", "nautical miles".into())));
        assert_eq!(unit_after_number("4 years ago"), Some(("year", "years".into())));
        assert_eq!(unit_after_number("100 MW plant"), Some(("MW", "MW".into())));
        assert_eq!(unit_after_number("5m tall"), Some(("m", "m".into())));
    }

    #[test]
    fn refuses_ambiguous_letters() {
        assert_eq!(unit_after_number("5 in the morning"), None);
        assert_eq!(unit_after_number("5 m away"), None);
        assert_eq!(unit_after_number("5 mw plant"), None);
        assert_eq!(unit_after_number("5 t"), None);
    }
}
