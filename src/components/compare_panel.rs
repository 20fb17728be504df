//! Two or three scenarios side by side: each route's total, the recommended
//! route, and the inputs that differ (highlighted where a value differs from
//! the first scenario's).

use yew::prelude::*;

use crate::view::CompareTable;

#[derive(Properties, PartialEq)]
pub struct ComparePanelProps {
    pub table: CompareTable,
    pub on_close: Callback<()>,
}

#[function_component(ComparePanel)]
pub fn compare_panel(props: &ComparePanelProps) -> Html {
    let words = crate::hooks::use_words();
    let table = &props.table;
    let header = html! {
        <tr>
            <th scope="col"></th>
            { for table.columns.iter().map(|name| html! { <th scope="col">{ name }</th> }) }
        </tr>
    };
    html! {
        <section class="card compare" aria-labelledby="compare-heading" data-testid="compare">
            <div class="compare__top">
                <h2 id="compare-heading" class="card__heading">{ words.compare_heading() }</h2>
                <button type="button" class="chip chip--quiet" onclick={props.on_close.reform(|_: MouseEvent| ())}>{ words.compare_close() }</button>
            </div>
            <div class="compare__scroll">
                <table class="compare__table">
                    <thead>{ header.clone() }</thead>
                    <tbody>
                        { for table.totals.iter().map(|(route, cells)| html! {
                            <tr>
                                <th scope="row">{ route }{ " " }<span class="compare__unit">{ words.compare_total() }</span></th>
                                { for cells.iter().map(|cell| html! { <td class="compare__number">{ cell }</td> }) }
                            </tr>
                        }) }
                        <tr class="compare__recommended">
                            <th scope="row">{ words.compare_recommended() }</th>
                            { for table.recommended.iter().map(|route| html! { <td>{ route }</td> }) }
                        </tr>
                    </tbody>
                </table>
                <h3 class="compare__subheading">{ words.compare_inputs() }</h3>
                if table.inputs.is_empty() {
                    <p>{ words.compare_same_inputs() }</p>
                } else {
                    <table class="compare__table" data-testid="compare-inputs">
                        <thead>{ header }</thead>
                        <tbody>
                            { for table.inputs.iter().map(|(label, path, values)| {
                                let first = values.first().cloned();
                                html! {
                                    <tr data-path={path.clone()}>
                                        <th scope="row">{ label }<code class="compare__path">{ path }</code></th>
                                        { for values.iter().enumerate().map(|(index, value)| {
                                            let differs = index > 0 && Some(value) != first.as_ref();
                                            html! { <td class={classes!("compare__value", differs.then_some("compare__value--differs"))}>{ value }</td> }
                                        }) }
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                }
            </div>
        </section>
    }
}
