//! Units of measure and time: spellings → canonical symbol.
//!
//! A spelling is a token sequence written as a string: a space separates
//! tokens, no space means they touch (`km/h` is `km` `/` `h`, `°C` is `°`
//! `C`). Words match in any case; symbols match exactly (`MW` is not `mW`).

use std::sync::OnceLock;

use super::cursor::Cursor;
use super::index::FormIndex;

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
    word("dm", &["decimetre", "decimetres", "decimeter", "decimeters"]),
    word("µm", &["micrometre", "micrometres", "micrometer", "micrometers", "micron", "microns"]),
    word("nm", &["nanometre", "nanometres", "nanometer", "nanometers"]),
    word("pm", &["picometre", "picometres", "picometer", "picometers"]),
    word("cm", &["centimetre", "centimetres", "centimeter", "centimeters"]),
    word("mm", &["millimetre", "millimetres", "millimeter", "millimeters"]),
    word("nmi", &["nautical mile", "nautical miles"]),
    word("mi", &["mile", "miles"]),
    word("ft", &["foot", "feet"]),
    word("in", &["inch", "inches"]),
    word("yd", &["yard", "yards"]),
    symbol("km", &["km", "kms", "Km", "KM"]),
    symbol("dm", &["dm"]),
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
    word("bbl/d", &["barrels per day", "bpd"]),
    word("bbl", &["barrel", "barrels"]),
    attached("L", &["L", "l"]),
    symbol("mL", &["ml", "mL"]),
    word("tbsp", &["tablespoon", "tablespoons", "tbsp"]),
    word("tsp", &["teaspoon", "teaspoons", "tsp"]),
    word("cup", &["cup", "cups"]),
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
    word("m/s", &["metres per second", "meters per second", "metre per second", "meter per second"]),
    word("km/s", &["kilometres per second", "kilometers per second"]),
    word("m/ms", &["metres per millisecond", "meters per millisecond", "meters/millisecond", "metres/millisecond"]),
    word("cm/ms", &["centimetres per millisecond", "centimeters per millisecond", "centimeters/millisecond", "centimetres/millisecond"]),
    word("km/ms", &["kilometres per millisecond", "kilometers per millisecond"]),
    symbol("m/s", &["m/s"]),
    symbol("km/s", &["km/s"]),
    symbol("m/ms", &["m/ms"]),
    symbol("cm/ms", &["cm/ms"]),
    symbol("km/ms", &["km/ms"]),
    symbol("mph", &["mph"]),
    // Temperature and angle
    word(
        "°C",
        &[
            "degrees Celsius", "degree Celsius", "degrees centigrade", "degrees C", "Celsius",
            "centigrade", "deg C", "celcius", "degrees celcius", "centigrate",
        ],
    ),
    word(
        "°F",
        &["degrees Fahrenheit", "degree Fahrenheit", "degrees F", "Fahrenheit", "deg F", "farenheit", "degrees farenheit"],
    ),
    word("°", &["degree", "degrees"]),
    symbol("°C", &["°C", "° C", "℃"]),
    symbol("°F", &["°F", "° F", "℉"]),
    symbol("°", &["°"]),
    word("rad", &["radian", "radians"]),
    attached("rad", &["rad"]),
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
    Unit { symbol: "hour", time: true, written: Written::Attached, spellings: &["h"] },
    time("day", &["day", "days"]),
    time("night", &["night", "nights"]),
    time("week", &["week", "weeks"]),
    // Plural only: `a weekend series`, `a 3-0 weekend defeat` name no span.
    time("weekend", &["weekends"]),
    time("month", &["month", "months"]),
    time("year", &["year", "years", "yr", "yrs"]),
    time("decade", &["decade", "decades"]),
    time("century", &["century", "centuries"]),
];

/// Every (unit, spelling) pair, indexed by the spelling's first token.
fn spelling_index() -> &'static (Vec<(&'static Unit, &'static str)>, FormIndex) {
    static INDEX: OnceLock<(Vec<(&'static Unit, &'static str)>, FormIndex)> = OnceLock::new();
    INDEX.get_or_init(|| {
        let pairs: Vec<(&'static Unit, &'static str)> =
            UNITS.iter().flat_map(|u| u.spellings.iter().map(move |s| (u, *s))).collect();
        let index = FormIndex::new(pairs.iter().map(|(_, s)| *s));
        (pairs, index)
    })
}

/// The longest unit spelled at token `j`, right after an amount, with its end.
pub(crate) fn at(cur: &Cursor<'_, '_>, j: usize) -> Option<(&'static Unit, usize)> {
    if !(cur.is_word(j) || cur.kind(j) == Some(crate::text::TokenKind::Punct)) {
        return None;
    }
    let (pairs, index) = spelling_index();
    let mut best: Option<(&'static Unit, usize)> = None;
    for &k in index.get(cur.text(j)) {
        let Some(&(unit, spelling)) = pairs.get(usize::from(k)) else { continue };
        if unit.written == Written::Attached && !cur.attached(j) {
            continue;
        }
        let case_sensitive = unit.written != Written::Word;
        if let Some(end) = cur.match_form(j, spelling, case_sensitive) {
            if best.is_none_or(|(_, e)| end > e) {
                best = Some((unit, end));
            }
        }
    }
    // A unit ends its word: `5 km` but not the `m` of `5 m-class`.
    best.filter(|&(_, end)| !(cur.attached(end) && cur.is_word(end)))
}


/// Seconds in a Gregorian month and year (365.2425 days).
const MONTH_S: f64 = 2_629_746.0;
const YEAR_S: f64 = 31_556_952.0;

/// Conversion of a canonical unit to SI: `si = value * factor + offset`,
/// and the SI unit. `None` for units with no SI reading (basis points).
pub(crate) fn si_factor(symbol: &str) -> Option<(f64, f64, &'static str)> {
    let lin = |f: f64, u: &'static str| Some((f, 0.0, u));
    match symbol {
        "km" => lin(1e3, "m"),
        "m" => lin(1.0, "m"),
        "dm" => lin(0.1, "m"),
        "cm" => lin(0.01, "m"),
        "mm" => lin(1e-3, "m"),
        "µm" => lin(1e-6, "m"),
        "nm" => lin(1e-9, "m"),
        "pm" => lin(1e-12, "m"),
        "nmi" => lin(1852.0, "m"),
        "mi" => lin(1609.344, "m"),
        "ft" => lin(0.3048, "m"),
        "in" => lin(0.0254, "m"),
        "yd" => lin(0.9144, "m"),
        "km²" => lin(1e6, "m²"),
        "m²" => lin(1.0, "m²"),
        "cm²" => lin(1e-4, "m²"),
        "mi²" => lin(2_589_988.110_336, "m²"),
        "ft²" => lin(0.092_903_04, "m²"),
        "ha" => lin(1e4, "m²"),
        "ac" => lin(4_046.856_422_4, "m²"),
        "m³" => lin(1.0, "m³"),
        "km³" => lin(1e9, "m³"),
        "cm³" => lin(1e-6, "m³"),
        "L" => lin(1e-3, "m³"),
        "mL" => lin(1e-6, "m³"),
        "gal" => lin(0.003_785_411_784, "m³"),
        "bbl" => lin(0.158_987_294_928, "m³"),
        "bbl/d" => lin(0.158_987_294_928 / 86_400.0, "m³/s"),
        "cup" => lin(2.365_882_365e-4, "m³"),
        "tbsp" => lin(1.478_676_478_125e-5, "m³"),
        "tsp" => lin(4.928_921_593_75e-6, "m³"),
        "kg" => lin(1.0, "kg"),
        "g" => lin(1e-3, "kg"),
        "mg" => lin(1e-6, "kg"),
        "µg" => lin(1e-9, "kg"),
        "t" => lin(1e3, "kg"),
        "lb" => lin(0.453_592_37, "kg"),
        "oz" => lin(0.028_349_523_125, "kg"),
        "st" => lin(6.350_293_18, "kg"),
        "ct" => lin(2e-4, "kg"),
        // Explosive yield in TNT equivalent.
        "kt" => lin(4.184e12, "J"),
        "Mt" => lin(4.184e15, "J"),
        "km/h" => lin(1.0 / 3.6, "m/s"),
        "m/s" => lin(1.0, "m/s"),
        "km/s" => lin(1e3, "m/s"),
        "m/ms" => lin(1e3, "m/s"),
        "cm/ms" => lin(10.0, "m/s"),
        "km/ms" => lin(1e6, "m/s"),
        "mph" => lin(0.447_04, "m/s"),
        "kn" => lin(1852.0 / 3600.0, "m/s"),
        "°C" => Some((1.0, 273.15, "K")),
        "°F" => Some((5.0 / 9.0, 459.67 * 5.0 / 9.0, "K")),
        "K" => lin(1.0, "K"),
        "°" => lin(std::f64::consts::PI / 180.0, "rad"),
        "rad" => lin(1.0, "rad"),
        "W" => lin(1.0, "W"),
        "kW" => lin(1e3, "W"),
        "MW" => lin(1e6, "W"),
        "GW" => lin(1e9, "W"),
        "hp" => lin(745.699_872, "W"),
        "J" => lin(1.0, "J"),
        "kJ" => lin(1e3, "J"),
        "kcal" => lin(4184.0, "J"),
        "kWh" => lin(3.6e6, "J"),
        "MWh" => lin(3.6e9, "J"),
        "GWh" => lin(3.6e12, "J"),
        "TWh" => lin(3.6e15, "J"),
        "B" => lin(1.0, "B"),
        "KB" | "kB" => lin(1e3, "B"),
        "MB" => lin(1e6, "B"),
        "GB" => lin(1e9, "B"),
        "TB" => lin(1e12, "B"),
        "PB" => lin(1e15, "B"),
        "second" => lin(1.0, "s"),
        "millisecond" => lin(1e-3, "s"),
        "minute" => lin(60.0, "s"),
        "hour" => lin(3600.0, "s"),
        "day" => lin(86_400.0, "s"),
        "night" => lin(86_400.0, "s"),
        "week" => lin(604_800.0, "s"),
        "weekend" => lin(172_800.0, "s"),
        "fortnight" => lin(1_209_600.0, "s"),
        "month" => lin(MONTH_S, "s"),
        "quarter" => lin(3.0 * MONTH_S, "s"),
        "year" => lin(YEAR_S, "s"),
        "decade" => lin(10.0 * YEAR_S, "s"),
        "century" => lin(100.0 * YEAR_S, "s"),
        _ => None,
    }
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
