//! The root component: owns the one reducer and lays out the page.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::components::charts::{
    FactorChart, LineChart, NumberFormat, RangeChart, StackedBarChart, TornadoChart,
};
use crate::components::form_section::{Edit, FormSection};
use crate::components::{
    AssumptionsPanel, FleetCard, PresetBar, RouteCards, ThemeSwitch, UpdateBanner, VerdictCard,
};
use crate::form::{field_views, SECTIONS};
use crate::messages::en;
use crate::page_events;
use crate::state::{Action, AppState, Theme};
use crate::view;

/// Quiet time after the last edit before the decision is recomputed.
const DECISION_DELAY_MS: u32 = 250;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
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
        <>
            if state.update_ready {
                <UpdateBanner on_reload={on_apply_update} />
            }
            <header class="masthead">
                <div class="masthead__top">
                    <h1 class="masthead__title">{ en::APP_TITLE }</h1>
                    <ThemeSwitch theme={state.theme} on_change={on_theme} />
                </div>
                <p class="masthead__tagline">{ en::APP_TAGLINE }</p>
                <PresetBar active={state.preset} on_select={on_preset} on_reset={on_reset} />
            </header>
            <main class="layout">
                <div class="layout__columns">
                <section class="layout__form panel" aria-labelledby="form-heading">
                    <h2 id="form-heading" class="panel__heading">{ en::FORM_HEADING }</h2>
                    <form class="form" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())} novalidate=true>
                        { for SECTIONS.iter().enumerate().map(|(index, section)| html! {
                            <FormSection
                                key={section.id}
                                id={section.id}
                                title={en::section_title(section.id)}
                                fields={field_views(&state, section)}
                                on_edit={on_edit.clone()}
                                open={index < 2}
                            />
                        }) }
                    </form>
                </section>
                <section class="layout__results" aria-labelledby="results-heading">
                    <h2 id="results-heading" class="visually-hidden">{ en::RESULTS_HEADING }</h2>
                    if state.has_errors() {
                        <p class="notice notice--warning" data-testid="stale-note">{ en::INVALID_INPUT_NOTE }</p>
                    }
                    <VerdictCard decision={state.decision.clone()} updating={state.decision_is_stale()} />
                    <RouteCards report={report.clone()} />
                    <section class="card">
                        <StackedBarChart
                            id="cost-by-category"
                            title={en::COST_BARS_TITLE}
                            unit={report.currency.code()}
                            format={NumberFormat::Money(report.currency)}
                            series={view::category_series()}
                            bars={view::cost_bars(&report)}
                        />
                    </section>
                    <section class="card">
                        <LineChart
                            id="cumulative-cost"
                            title={en::CUMULATIVE_TITLE}
                            unit={report.currency.code()}
                            format={NumberFormat::Money(report.currency)}
                            series={view::route_series()}
                            points={view::cumulative_points(&report)}
                            markers={view::break_even_markers(&report)}
                        />
                    </section>
                    if let Some(decision) = state.decision.clone() {
                        <section class="card" aria-busy={state.decision_is_stale().to_string()}>
                            <FactorChart
                                id="suitability-factors"
                                title={en::FACTORS_TITLE}
                                unit={en::FACTORS_UNIT}
                                format={NumberFormat::Plain}
                                series={view::route_series()}
                                rows={view::factor_rows(&decision)}
                            />
                        </section>
                        <section class="card" aria-busy={state.decision_is_stale().to_string()}>
                            <RangeChart
                                id="cost-ranges"
                                title={en::RANGES_TITLE}
                                unit={state.decision_currency.code()}
                                format={NumberFormat::Money(report.currency)}
                                rows={view::range_rows(&decision)}
                            />
                        </section>
                        <section class="card" aria-busy={state.decision_is_stale().to_string()}>
                            <TornadoChart
                                id="tornado"
                                title={en::TORNADO_TITLE}
                                unit={state.decision_currency.code()}
                                format={NumberFormat::Money(report.currency)}
                                baseline={decision.uncertainty.tornado.difference_at_likely}
                                rows={view::tornado_rows(&decision)}
                            />
                        </section>
                    }
                    if let Some(fleet) = fleet {
                        <FleetCard fleet={fleet} />
                    }
                </section>
                </div>
                <AssumptionsPanel rows={view::assumption_rows(&state)} on_edit={on_edit.clone()} on_reset={on_reset_field} />
            </main>
        </>
    }
}
