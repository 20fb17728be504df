//! The root component: owns the one reducer and lays out the page.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;
use crate::components::charts::{
    FactorChart, NumberFormat, RangeChart, StackedBarChart, TornadoChart,
};
use crate::components::form_section::{Edit, FormSection};
use crate::components::share_panel::Export;
use crate::components::{
    AssumptionsPanel, ComparePanel, CumulativeCard, FleetCard, LanguagePicker, NoticeList,
    PresetBar, RouteCards, ScenarioPanel, SharePanel, ThemeSwitch, UpdateBanner, VerdictCard,
};
use crate::exports::export_file;
use crate::form::{field_views, SECTIONS};
use crate::notices::{Notice, NoticeAction, Tone, Topic, DONE_NOTICE_MS};
use crate::page_events;
use crate::persistence::{self, SaveProblem, StorageStatus, STORAGE_KEY};
use crate::recovery;
use crate::state::{Action, AppState, Theme};
use crate::view;
use engine::text::format::Numbers;
use engine::text::{Lang, Words};

/// Quiet time after the last edit before the decision is recomputed.
const DECISION_DELAY_MS: u32 = 250;

#[function_component(App)]
pub fn app() -> Html {
    // The stored text this tab last read or wrote: a save only replaces it
    // (see `persistence::save`), never what another tab wrote since.
    let last_saved = use_mut_ref(|| None::<String>);
    // What this tab would store now (the last text autosave computed).
    let latest_text = use_mut_ref(String::new);
    let state = {
        let last_saved = last_saved.clone();
        use_reducer(move || {
            let lang = browser::starting_lang();
            let restored = persistence::load(Words::new(lang));
            *last_saved.borrow_mut() = restored.stored.clone();
            let mut state = AppState::restored(restored);
            state.lang = lang;
            recovery::remember_profile(&state.profile);
            state
        })
    };
    let words = state.words();
    let on_action = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let on_edit = {
        let state = state.clone();
        Callback::from(move |(path, kind, text): Edit| {
            state.dispatch(Action::Edit { path, kind, text })
        })
    };
    let on_preset = {
        let state = state.clone();
        Callback::from(move |id: &'static str| state.dispatch(Action::LoadPreset(id)))
    };
    let on_reset = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::ResetToDefaults))
    };
    let on_reset_field = {
        let state = state.clone();
        Callback::from(move |path: String| state.dispatch(Action::ResetField(path)))
    };
    // A language the reader picks is remembered in this browser (and in the
    // address's `?lang=`, when it has one).
    let on_lang = {
        let state = state.clone();
        Callback::from(move |lang: Lang| {
            browser::remember_lang(lang);
            state.dispatch(Action::SetLang(lang))
        })
    };
    // The side effects of the language: `<html lang>`, the window's title and
    // the recovery screen's words.
    use_effect_with(state.lang, |lang| {
        browser::set_document_lang(*lang);
        gloo::utils::document().set_title(Words::new(*lang).app_title());
        recovery::remember_lang(*lang);
    });
    let on_theme = {
        let state = state.clone();
        Callback::from(move |theme: Theme| state.dispatch(Action::SetTheme(theme)))
    };
    // The one side effect of the theme: the attribute the stylesheets read.
    use_effect_with(state.theme, |theme| {
        let root = gloo::utils::document_element();
        let _ = match theme.attribute() {
            Some(value) => root.set_attribute("data-theme", value),
            None => root.remove_attribute("data-theme"),
        };
    });
    // A new build waiting in the service worker: offer to reload (page_events).
    {
        let state = state.clone();
        use_effect_with((), move |()| {
            let listener =
                page_events::listen_for_update(move || state.dispatch(Action::UpdateReady));
            move || drop(listener)
        });
    }
    let on_apply_update = Callback::from(|()| page_events::apply_update());
    // Autosave: every valid change, and every change to the scenarios, is
    // written in the task after the one that rendered it, so the browser can
    // paint the new results first (with 30 scenarios the saved text is about
    // 200 KB); a newer change cancels a save not yet made and writes its own,
    // newer state. The recovery screen offers the same profile.
    {
        let (state, last_saved, latest_text) =
            (state.clone(), last_saved.clone(), latest_text.clone());
        use_effect_with((state.revision, state.library_revision), move |_| {
            recovery::remember_profile(&state.profile);
            let pending = state.storage.writes().then(|| {
                gloo::timers::callback::Timeout::new(0, move || {
                    let text = state.saved_state().to_json();
                    let saved = persistence::save(&text, &mut last_saved.borrow_mut());
                    *latest_text.borrow_mut() = text;
                    match saved {
                        Ok(()) if state.storage == StorageStatus::Full => {
                            state.dispatch(Action::StorageWorks)
                        }
                        Ok(()) => {}
                        Err(problem) => state.dispatch(Action::SaveFailed(problem)),
                    }
                })
            });
            // Dropping a timeout that has not fired cancels it.
            move || drop(pending)
        });
    }
    // Another tab saved: this one stops saving rather than overwrite it.
    {
        let (state, last_saved, latest_text) =
            (state.clone(), last_saved.clone(), latest_text.clone());
        use_effect_with((), move |()| {
            let listener = EventListener::new(&gloo::utils::window(), "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                if event.key().as_deref() != Some(STORAGE_KEY) {
                    return;
                }
                let conflict = persistence::is_conflict(
                    event.new_value(),
                    &mut last_saved.borrow_mut(),
                    &latest_text.borrow(),
                );
                if conflict {
                    state.dispatch(Action::SaveFailed(SaveProblem::TakenOver));
                }
            });
            move || drop(listener)
        });
    }
    // A share link in the address (on arrival, or pasted into the address bar
    // later) opens as a new scenario; the address is then cleaned so that a
    // reload does not open it again.
    {
        let state = state.clone();
        use_effect_with((), move |()| {
            let open_link = move || {
                // A scenario link's fragment starts with its version number;
                // any other fragment (an anchor such as #top) is not ours.
                let fragment = browser::fragment();
                if fragment.starts_with(|first: char| first.is_ascii_digit()) {
                    browser::clear_fragment();
                    state.dispatch(Action::OpenedLink(engine::share_link::decode(&fragment)));
                }
            };
            open_link();
            // Inside a frame the parent could change the fragment at will:
            // there only the address the page was opened with counts.
            let listener = (!browser::is_framed()).then(|| {
                EventListener::new(&gloo::utils::window(), "hashchange", move |_| open_link())
            });
            move || drop(listener)
        });
    }
    // "Done" notices go by themselves after a while.
    {
        let state = state.clone();
        let done: Vec<u64> = state
            .notices
            .iter()
            .filter(|notice| notice.expires())
            .map(|notice| notice.serial)
            .collect();
        use_effect_with(done, move |done| {
            let timers: Vec<Timeout> = done
                .iter()
                .map(|serial| {
                    let (state, serial) = (state.clone(), *serial);
                    Timeout::new(DONE_NOTICE_MS, move || {
                        state.dispatch(Action::ExpireNotice(serial))
                    })
                })
                .collect();
            move || drop(timers)
        });
    }
    let on_copy_link = {
        let state = state.clone();
        Callback::from(move |()| {
            let base = match browser::share_base_address() {
                Ok(base) => base,
                Err(_) => {
                    let notice = Notice::new(Topic::Link, Tone::Warning, words.link_from_file());
                    state.dispatch(Action::Notify(notice));
                    return;
                }
            };
            let link = engine::share_link::encode_checked(&state.profile)
                .map(|payload| format!("{base}#{payload}"));
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let notice = match link {
                    Ok(link) if browser::copy_to_clipboard(&link).await => {
                        Notice::new(Topic::Link, Tone::Done, words.link_copied())
                    }
                    Ok(link) => Notice::new(Topic::Link, Tone::Warning, words.link_not_copied())
                        .with_details(vec![link]),
                    Err(error) => {
                        Notice::new(Topic::Link, Tone::Problem, words.share_link_error(&error))
                    }
                };
                state.dispatch(Action::Notify(notice));
            });
        })
    };
    let on_export = {
        let state = state.clone();
        Callback::from(move |kind: Export| {
            let file = export_file(&state, kind);
            if browser::download(&file.file_name, file.media_type, &file.text).is_err() {
                state.dispatch(Action::Notify(Notice::new(
                    Topic::Download,
                    Tone::Problem,
                    words.download_failed(),
                )));
            }
        })
    };
    let on_print = Callback::from(|()| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let on_import = {
        let state = state.clone();
        Callback::from(move |file: web_sys::File| import_file(file, state.clone()))
    };
    let on_notice_action = {
        let state = state.clone();
        Callback::from(move |action: NoticeAction| match action {
            NoticeAction::UndoDelete => state.dispatch(Action::UndoDelete),
            NoticeAction::Reload => {
                let _ = gloo::utils::window().location().reload();
            }
            NoticeAction::DownloadUnreadable => {
                if let Some(text) = state.unreadable.as_deref() {
                    let _ =
                        browser::download(words.unreadable_file_name(), "application/json", text);
                }
            }
        })
    };
    let on_dismiss = {
        let state = state.clone();
        Callback::from(move |topic: Topic| state.dispatch(Action::DismissNotice(topic)))
    };
    let on_close_compare = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::ClearCompared))
    };
    // A file dragged anywhere over the page (not text dragged into a field)
    // shows the drop overlay; dropped, it is imported. Listening on the window
    // covers the whole page, the header and banner included.
    let dragging = use_state(|| false);
    {
        let (dragging, state) = (dragging.clone(), state.clone());
        use_effect_with((), move |()| {
            // dragenter and dragleave come in pairs as the pointer crosses elements.
            let depth = Rc::new(std::cell::Cell::new(0_i32));
            let window = gloo::utils::window();
            let options = EventListenerOptions::enable_prevent_default();
            let enter = {
                let (dragging, depth) = (dragging.clone(), depth.clone());
                EventListener::new_with_options(&window, "dragenter", options, move |event| {
                    if carries_files(event) {
                        depth.set(depth.get() + 1);
                        dragging.set(true);
                    }
                })
            };
            let over = EventListener::new_with_options(&window, "dragover", options, |event| {
                if carries_files(event) {
                    event.prevent_default();
                }
            });
            let leave = {
                let (dragging, depth) = (dragging.clone(), depth.clone());
                EventListener::new_with_options(&window, "dragleave", options, move |event| {
                    if carries_files(event) {
                        depth.set((depth.get() - 1).max(0));
                        if depth.get() == 0 {
                            dragging.set(false);
                        }
                    }
                })
            };
            let drop = EventListener::new_with_options(&window, "drop", options, move |event| {
                if !carries_files(event) {
                    return;
                }
                event.prevent_default();
                depth.set(0);
                dragging.set(false);
                let file = event
                    .dyn_ref::<DragEvent>()
                    .and_then(DragEvent::data_transfer)
                    .and_then(|transfer| transfer.files())
                    .and_then(|files| files.get(0));
                if let Some(file) = file {
                    import_file(file, state.clone());
                }
            });
            move || drop_all([enter, over, leave, drop])
        });
    }
    // The decision (Monte Carlo and flip points) runs once typing pauses, so
    // that keystrokes only ever wait for the deterministic costs.
    {
        let state = state.clone();
        use_effect_with(state.revision, move |revision| {
            let revision = *revision;
            let (profile, report) = (state.profile.clone(), state.report.clone());
            let currency = report.currency;
            let timeout = Timeout::new(DECISION_DELAY_MS, move || {
                let decision =
                    engine::decision::decide_with_report(&profile, &report, &profile.decision);
                state.dispatch(Action::DecisionReady {
                    revision,
                    currency,
                    decision: Rc::new(decision),
                });
            });
            move || drop(timeout)
        });
    }
    let report = state.report.clone();
    let fleet = report.routes.iter().find_map(|route| route.fleet.clone());

    html! {
        <ContextProvider<Words> context={words}>
            if state.update_ready {
                <UpdateBanner on_reload={on_apply_update} saves={state.storage.writes()}
                    on_download={on_export.reform(|()| Export::ProfileJson)} />
            }
            <header class="masthead">
                <div class="masthead__top">
                    <h1 class="masthead__title">{ words.app_title() }</h1>
                    <div class="masthead__controls">
                        <LanguagePicker on_change={on_lang} />
                        <ThemeSwitch theme={state.theme} on_change={on_theme} />
                    </div>
                </div>
                <p class="masthead__tagline">{ words.app_tagline() }</p>
                <PresetBar active={state.preset} on_select={on_preset} on_reset={on_reset} />
            </header>
            <main class="layout">
                if *dragging {
                    <div class="drop-overlay" aria-hidden="true"><p>{ words.drop_here() }</p></div>
                }
                <NoticeList notices={state.notices.clone()} on_dismiss={on_dismiss} on_action={on_notice_action} />
                <div class="layout__tools">
                    <ScenarioPanel
                        items={view::scenario_items(&state)}
                        active_name={state.active_name().map(|name| AttrValue::from(name.to_owned()))}
                        unsaved_changes={state.has_unsaved_changes()}
                        on_action={on_action.clone()}
                    />
                    <SharePanel on_copy_link={on_copy_link} on_export={on_export} on_print={on_print} on_import={on_import} />
                </div>
                if let Some(comparison) = state.comparison.clone() {
                    <ComparePanel table={view::compare_table(words, &comparison)} on_close={on_close_compare} />
                }
                <div class="layout__columns">
                <section class="layout__form panel" aria-labelledby="form-heading">
                    <h2 id="form-heading" class="panel__heading">{ words.form_heading() }</h2>
                    <form class="form" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())} novalidate=true>
                        { for SECTIONS.iter().enumerate().map(|(index, section)| html! {
                            <FormSection
                                key={section.id}
                                id={section.id}
                                title={words.section_title(section.id)}
                                fields={field_views(words, &state, section)}
                                on_edit={on_edit.clone()}
                                open={index < 2}
                            />
                        }) }
                    </form>
                </section>
                <section class="layout__results" aria-labelledby="results-heading">
                    <h2 id="results-heading" class="visually-hidden">{ words.results_heading() }</h2>
                    if state.has_errors() {
                        <p class="notice notice--warning" data-testid="stale-note">{ words.invalid_input_note() }</p>
                    }
                    <VerdictCard decision={state.decision.clone()} updating={state.decision_is_stale()} />
                    <RouteCards report={report.clone()} />
                    <section class="card">
                        <StackedBarChart
                            id="cost-by-category"
                            title={words.cost_bars_title()}
                            unit={report.currency.code()}
                            format={NumberFormat::Money(Numbers::new(words.lang(), report.currency))}
                            series={view::category_series(words)}
                            bars={view::cost_bars(words, &report)}
                        />
                    </section>
                    <CumulativeCard report={report.clone()} />
                    if let Some(decision) = state.decision.clone() {
                        <section class="card" aria-busy={state.decision_is_stale().to_string()}>
                            <FactorChart
                                id="suitability-factors"
                                title={words.factors_title()}
                                unit={words.factors_unit()}
                                format={NumberFormat::Plain(Numbers::for_lang(words.lang()))}
                                series={view::route_series(words)}
                                rows={view::factor_rows(words, &decision)}
                            />
                        </section>
                        <section class="card" aria-busy={state.decision_is_stale().to_string()}>
                            <RangeChart
                                id="cost-ranges"
                                title={words.ranges_title()}
                                unit={state.decision_currency.code()}
                                format={NumberFormat::Money(Numbers::new(words.lang(), report.currency))}
                                rows={view::range_rows(words, &decision)}
                            />
                        </section>
                        <section class="card" aria-busy={state.decision_is_stale().to_string()}>
                            <TornadoChart
                                id="tornado"
                                title={words.tornado_title()}
                                unit={state.decision_currency.code()}
                                format={NumberFormat::Money(Numbers::new(words.lang(), report.currency))}
                                baseline={decision.uncertainty.tornado.difference_at_likely}
                                rows={view::tornado_rows(words, &decision)}
                            />
                        </section>
                    }
                    if let Some(fleet) = fleet {
                        <FleetCard fleet={fleet} currency={report.currency} />
                    }
                </section>
                </div>
                <AssumptionsPanel rows={view::assumption_rows(&state)} on_edit={on_edit.clone()} on_reset={on_reset_field} />
            </main>
        </ContextProvider<Words>>
    }
}

/// Reads a dropped or chosen file and imports it: the size is checked before
/// the file is read, and everything else by the engine.
fn import_file(file: web_sys::File, state: UseReducerHandle<AppState>) {
    let file_name = file.name();
    let size = file.size();
    if size > engine::import::MAX_IMPORT_BYTES as f64 {
        state.dispatch(Action::Imported {
            file_name,
            result: Err(engine::import::ImportErrors::too_large(size as u64)),
        });
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
        match text.ok().and_then(|text| text.as_string()) {
            Some(text) => state.dispatch(Action::Imported {
                file_name,
                result: engine::import::import_profile_json(&text),
            }),
            None => state.dispatch(Action::Notify(Notice::new(
                Topic::Import,
                Tone::Problem,
                state.words().import_not_read(),
            ))),
        }
    });
}

/// True for a drag that carries files (not text or a link).
fn carries_files(event: &web_sys::Event) -> bool {
    event
        .dyn_ref::<DragEvent>()
        .and_then(DragEvent::data_transfer)
        .is_some_and(|transfer| transfer.types().includes(&"Files".into(), 0))
}

fn drop_all<const N: usize>(listeners: [EventListener; N]) {
    drop(listeners);
}
