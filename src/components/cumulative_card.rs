//! Cumulative cost per route over the months, in cash (bought GPUs paid when
//! bought: the payback view) or as booked (depreciated), with a switch.

use std::rc::Rc;

use engine::report::Report;
use yew::prelude::*;

use crate::components::charts::{LineChart, NumberFormat};
use crate::view::{self, CostView};

#[derive(Properties, PartialEq)]
pub struct CumulativeCardProps {
    pub report: Rc<Report>,
}

#[function_component(CumulativeCard)]
pub fn cumulative_card(props: &CumulativeCardProps) -> Html {
    let words = crate::hooks::use_words();
    // Which view is shown is the reader's, not the profile's: it is not saved.
    let cost_view = use_state(CostView::default);
    let report = &props.report;
    let current = *cost_view;
    html! {
        <section class="card cumulative" data-testid="cumulative" data-view={match current {
            CostView::Cash => "cash",
            CostView::ProfitAndLoss => "pnl",
        }}>
            <div class="cumulative__head">
                <div class="switch" role="group" aria-label={words.cumulative_view_label()}>
                    { for CostView::ALL.into_iter().map(|option| {
                        let pressed = option == current;
                        let cost_view = cost_view.clone();
                        html! {
                            <button type="button"
                                class={classes!("switch__option", pressed.then_some("switch__option--active"))}
                                aria-pressed={if pressed { "true" } else { "false" }}
                                onclick={Callback::from(move |_| cost_view.set(option))}>
                                { option.label(words) }
                            </button>
                        }
                    }) }
                </div>
            </div>
            <LineChart
                id="cumulative-cost"
                title={current.title(words)}
                unit={report.currency.code()}
                format={NumberFormat::Money(engine::text::format::Numbers::new(words.lang(), report.currency))}
                series={view::route_series(words)}
                points={view::cumulative_points(report, current)}
                markers={view::break_even_markers(words, report, current)}
            />
            <p class="cumulative__note">{ current.note(words) }</p>
        </section>
    }
}
