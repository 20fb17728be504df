//! Share and export: copy a link holding the profile, download the profile,
//! the report or the monthly costs, print, and import a profile file.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What can be downloaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    ProfileJson,
    ReportMarkdown,
    MonthlyCsv,
}

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub on_copy_link: Callback<()>,
    pub on_export: Callback<Export>,
    pub on_print: Callback<()>,
    /// A file chosen to import.
    pub on_import: Callback<web_sys::File>,
}

#[function_component(SharePanel)]
pub fn share_panel(props: &SharePanelProps) -> Html {
    let words = crate::hooks::use_words();
    let export = |kind: Export| props.on_export.reform(move |_: MouseEvent| kind);
    let on_file = {
        let on_import = props.on_import.clone();
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<HtmlInputElement>();
            let file = input.files().and_then(|files| files.get(0));
            // Cleared so that choosing the same file again imports it again.
            input.set_value("");
            if let Some(file) = file {
                on_import.emit(file);
            }
        })
    };
    html! {
        <section class="card share" aria-labelledby="share-heading">
            <h2 id="share-heading" class="card__heading">{ words.share_heading() }</h2>
            <div class="share__row">
                <button type="button" class="chip chip--active" data-testid="copy-link"
                    onclick={props.on_copy_link.reform(|_: MouseEvent| ())}>{ words.copy_link() }</button>
                <button type="button" class="chip" onclick={props.on_print.reform(|_: MouseEvent| ())}>{ words.print() }</button>
            </div>
            <div class="share__row" role="group" aria-label={words.download_heading()}>
                <span class="share__label">{ words.download_heading() }</span>
                <button type="button" class="chip" data-testid="export-json" onclick={export(Export::ProfileJson)}>{ words.export_json() }</button>
                <button type="button" class="chip" data-testid="export-markdown" onclick={export(Export::ReportMarkdown)}>{ words.export_markdown() }</button>
                <button type="button" class="chip" data-testid="export-csv" onclick={export(Export::MonthlyCsv)}>{ words.export_csv() }</button>
            </div>
            <div class="share__row">
                <label class="chip share__import">
                    { words.import_button() }
                    <input type="file" accept=".json,application/json" class="visually-hidden"
                        data-testid="import-file" onchange={on_file} />
                </label>
                <span class="share__hint">{ words.import_hint() }</span>
            </div>
        </section>
    }
}
