//! An XLSForm workbook (.xlsx: a zip of XML) as an NGO's spreadsheet brings it to `mirai-pack
//! xlsform import`.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| mirai_pack_cli::fuzzing::xlsform(data));
